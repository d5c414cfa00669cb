// What the popup's headline (#verdict) should say for each simulator scenario, in plain words,
// and whether the page's own mirrors (its Wayback snapshot) must be offered.
export interface PopupExpectation {
  headline: RegExp;
  /** The page itself failed (edge or origin): the stand-in Wayback snapshot of its URL must be offered. */
  pageMirrors: boolean;
}

export const POPUP_EXPECTATIONS: Readonly<Record<string, PopupExpectation>> = {
  'cloudflare-522': { headline: /shop\.northwind-outfitters\.com's server is not answering; Cloudflare is working/, pageMirrors: true },
  'cloudflare-500': { headline: /Cloudflare's network is failing for www\.orbitdesk-crm\.com — the site itself may be fine/, pageMirrors: true },
  'cloudflare-500-header': { headline: /Cloudflare's network is failing for app\.orbitdesk-crm\.com — the site itself may be fine/, pageMirrors: true },
  'cloudflare-challenge': { headline: /This is a Cloudflare bot check, not an outage/, pageMirrors: false },
  // The product where Detour knows it, as the example names CloudFront.
  'cloudfront-502': { headline: /www\.tidewater-tickets\.io's server is not answering; Amazon CloudFront is working/, pageMirrors: true },
  'cloudfront-503': { headline: /watch\.harborview-tv\.com's server is not answering; Amazon CloudFront is working/, pageMirrors: true },
  's3-slowdown': { headline: /AWS S3 is throttling this site \(SlowDown\)/, pageMirrors: true },
  'elb-502': { headline: /portal\.greywater-logistics\.com's server is not answering; AWS Elastic Load Balancing is working/, pageMirrors: true },
  'fastly-503': { headline: /news\.copperfield-gazette\.com's server is not answering; Fastly is working/, pageMirrors: true },
  'vercel-500': { headline: /www\.linnet-notes\.com's own code failed on Vercel; Vercel is working/, pageMirrors: true },
  healthy: { headline: /No failures seen on this page/, pageMirrors: false },
  // The page loads; its worst subresource failure leads, said to be a part of the page: S3 throttling relayed by
  // CloudFront (an AWS edge fault; SlowDown is only in the body, which Detour reads for pages, not subresources).
  'three-providers': { headline: /^Parts of www\.brightwater-outdoor\.com are failing: AWS S3 is failing for d3k9x7m2q8v4tz\.cloudfront\.net$/, pageMirrors: false },
  refused: { headline: /git\.orchard-lane\.net's own server failed \(the server refused the connection\); no provider was recognised/, pageMirrors: true },
  burst: { headline: /^Parts of gallery\.pinecrest-photo\.com are failing: photos\.pinecrest-photo\.com's server is not answering; Amazon CloudFront is working$/, pageMirrors: false },
  // Other sites' noise only: the page loaded, and the popup says so instead of a failure headline.
  'noisy-news': { headline: /^This page loaded\. 3 requests to other sites failed; none of them is an outage$/, pageMirrors: false },
  'noisy-shop': { headline: /^This page loaded\. 4 requests to other sites failed; none of them is an outage$/, pageMirrors: false },
  'site-cdn-script': { headline: /^Parts of www\.lumen-bikes\.com are failing: lumen-bikes\.global\.ssl\.fastly\.net's server is not answering; Fastly is working$/, pageMirrors: false },
};
