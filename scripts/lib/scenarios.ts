// The outage simulator's scenarios: provider-like responses the local server plays back on real-looking
// host names (mapped to 127.0.0.1 by the browser launchers), and what Detour should conclude about each.
// Headers and pages follow shared/docs/providers.md §1 (and §5 for the refused connection).
import type { Failure } from '../../src/core/types';
import type { BadgeColor } from './detour-browser';
import { albErrorHeaders, albErrorPage, cloudFrontErrorHeaders, cloudFrontErrorHop, cloudFrontErrorPage, s3ErrorHeaders, s3ErrorXml } from './providers/aws';
import {
  cfRay,
  cloudflareChallengeHeaders,
  cloudflareChallengePage,
  cloudflareChallengeScript,
  cloudflareErrorHeaders,
  cloudflareErrorPage, cloudflareInternalErrorPage,
  cloudflareErrorStylesheet,
  cloudflareOkHeaders,
} from './providers/cloudflare';
import { fastlyErrorHeaders, fastlyGuruPage } from './providers/fastly';
import { vercelErrorHeaders, vercelErrorPage } from './providers/vercel';
import { type Reply, type ReplyFor, base64Id, hexId } from './reply';
import { coffeeShopPage, floodPage, galleryPage, newsPage, shopPage } from './site-pages';

/** Failing subresources Detour should list for one (provider, host) pair. */
export interface ExpectedResources {
  provider: string | null;
  host: string;
  failure: Failure;
  count: number;
}

/** What a correct Detour says about the page itself (its main frame), its subresources and its badge. */
export interface Expected {
  provider: string | null;
  failure: Failure;
  service?: string;
  status?: number;
  code?: string;
  pop?: string;
  /** Badge text: distinct (provider, host) pairs with an edge or origin failure; '' for none. */
  badge: string;
  /** Red when some provider's edge failed, orange when only origins did (only when badge is not ''). */
  badgeColor?: BadgeColor;
  resources?: ExpectedResources[];
  /** Set when headers alone cannot give this verdict: Detour has to read the page's title or text. */
  readsPage?: string;
}

/** What the page being built knows when it is served: the server's port, and a per-request nonce. */
export interface PageContext {
  port: number;
  nonce: string;
}

/** Another host the page loads from; it answers every path with reply(n) (n counts its requests). */
export interface SubresourceHost {
  host: string;
  reply: ReplyFor;
}

interface ScenarioBase {
  name: string;
  /** One line for people: what is being simulated. */
  summary: string;
  host: string;
  /** Path of the page; '/' unless set. */
  path?: string;
  expected: Expected;
}

export interface ServedScenario extends ScenarioBase, Omit<Reply, 'body'> {
  refused?: undefined;
  body: string | ((page: PageContext) => string);
  /** Other paths on the same host (path without query → reply), e.g. the error page's stylesheet. */
  paths?: Record<string, Reply>;
  subresources?: SubresourceHost[];
}

/** The host resolves to loopback but nothing listens on the port: a main-frame connection refusal. */
export interface RefusedScenario extends ScenarioBase {
  refused: true;
}

export type Scenario = ServedScenario | RefusedScenario;

// Cloudflare's branded 5xx pages, one per failing hop.
const NORTHWIND_RAY = '8f2c1a7b9d3e4f50';
const ORBITDESK_RAY = '9a0789134b4227c8';
const ORBITDESK_API_RAY = '9a074ac65b2f5b3e';
const KESTREL_RAY = '9a1c6811f857a52d';

const cloudflare522: ServedScenario = {
  name: 'cloudflare-522',
  summary: 'Cloudflare 522: the origin behind Cloudflare did not answer (Host box in error)',
  host: 'shop.northwind-outfitters.com',
  status: 522,
  headers: cloudflareErrorHeaders(cfRay(NORTHWIND_RAY, 'FRA')),
  body: cloudflareErrorPage({
    host: 'shop.northwind-outfitters.com',
    code: 522,
    reason: 'Connection timed out',
    errorAt: 'host',
    city: 'Frankfurt',
    rayId: NORTHWIND_RAY,
    time: '2025-11-18 11:32:07 UTC',
    whatHappened: "The initial connection between Cloudflare's network and the origin web server timed out. As a result, the web page can not be displayed.",
    ownerAdvice:
      "Contact your hosting provider letting them know your web server is not completing requests. An Error 522 means that the request was able to connect to your web server, but that the request didn't finish. The most likely cause is that something on your server is hogging resources. <a rel=\"noopener noreferrer\" href=\"https://support.cloudflare.com/hc/en-us/articles/200171906-Error-522\">Additional troubleshooting information here.</a>",
  }),
  paths: { '/cdn-cgi/styles/main.css': cloudflareErrorStylesheet(cfRay('8f2c1a7b9d3e4f61', 'FRA')) },
  expected: { provider: 'cloudflare', failure: 'origin', status: 522, code: '522', pop: 'FRA', badge: '1', badgeColor: 'orange' },
};


const cloudflare500: ServedScenario = {
  name: 'cloudflare-500',
  summary: 'Cloudflare-generated 500 (18 Nov 2025): the page marks the Cloudflare box as the error; no cf-error-type',
  host: 'www.orbitdesk-crm.com',
  status: 500,
  headers: cloudflareErrorHeaders(cfRay(ORBITDESK_RAY, 'FRA')),
  body: cloudflareInternalErrorPage('www.orbitdesk-crm.com', ORBITDESK_RAY),
  paths: { '/cdn-cgi/styles/main.css': cloudflareErrorStylesheet(cfRay('9a0789134b4227d1', 'FRA')) },
  expected: {
    provider: 'cloudflare',
    failure: 'edge',
    status: 500,
    pop: 'FRA',
    badge: '1',
    badgeColor: 'red',
    readsPage: 'a 500 with only server: cloudflare may be the origin\'s own 500 passed through; the Cloudflare box marked "Error" says the edge failed',
  },
};

const cloudflare500ErrorType: ServedScenario = {
  name: 'cloudflare-500-header',
  summary: 'The same Cloudflare 500, with the cf-error-type: 500 header Cloudflare adds to errors it generated',
  host: 'app.orbitdesk-crm.com',
  status: 500,
  headers: cloudflareErrorHeaders(cfRay(ORBITDESK_API_RAY, 'DXB'), { 'cf-error-type': '500' }),
  body: cloudflareInternalErrorPage('app.orbitdesk-crm.com', ORBITDESK_API_RAY).replace('Frankfurt', 'Dubai'),
  paths: { '/cdn-cgi/styles/main.css': cloudflareErrorStylesheet(cfRay('9a074ac65b2f5b41', 'DXB')) },
  expected: { provider: 'cloudflare', failure: 'edge', status: 500, pop: 'DXB', badge: '1', badgeColor: 'red' },
};

const cloudflareChallenge: ServedScenario = {
  name: 'cloudflare-challenge',
  summary: 'Cloudflare managed challenge: 403 "Just a moment..." with cf-mitigated: challenge (a block, not an outage)',
  host: 'forum.kestrel-climbing.org',
  path: '/t/new-bolts-on-the-east-face/4812',
  status: 403,
  headers: cloudflareChallengeHeaders(cfRay(KESTREL_RAY, 'AMS')),
  body: cloudflareChallengePage({ host: 'forum.kestrel-climbing.org', path: '/t/new-bolts-on-the-east-face/4812', rayId: KESTREL_RAY }),
  paths: { '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1': cloudflareChallengeScript(cfRay('9a1c6811f857a533', 'AMS')) },
  expected: { provider: 'cloudflare', failure: 'block', status: 403, pop: 'AMS', badge: '' },
};

// AWS: CloudFront's own error pages, S3 throttling, an ALB with no healthy answer from its targets.
const TIDEWATER_CF_ID = 'cwUa-m7qcdH1CqK4zfFC9KbI1QFmpKFDn93OoV4NKYQA4X8DHKKz5w==';
const HARBORVIEW_CF_ID = 'ZpcQH1_QgDQufjvdpwF2GZoV6UGjtdvXLZfhNR8NDOKJRG3tWhCnOA==';

export const TIDEWATER_ABOUT_PATH = '/about';
export const TIDEWATER_IPFS_PATH = '/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/';

function tidewaterAbout(): Reply {
  return {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'x-cache': 'Hit from cloudfront',
      via: '1.1 0c78bbffee27c08039b1dd84a9ae996e.cloudfront.net (CloudFront)',
      'x-amz-cf-pop': 'LHR61-P4',
      'x-amz-cf-id': 'q3Zr1uFpV9mW0bN7cKd2LxYe4hTgS6aJ8oPiR5nQwEuXvB-2ytMzA==',
      age: '86',
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-ipfs-path" content="${TIDEWATER_IPFS_PATH}"><title>About — Tidewater Tickets</title></head><body><h1>About Tidewater Tickets</h1><p>Tickets for harbour events since 2009.</p></body></html>`,
  };
}

const cloudfront502: ServedScenario = {
  name: 'cloudfront-502',
  summary: "CloudFront 502: CloudFront wasn't able to connect to the origin",
  host: 'www.tidewater-tickets.io',
  path: '/events/harbour-lights-festival',
  status: 502,
  headers: cloudFrontErrorHeaders({ edge: '0c78bbffee27c08039b1dd84a9ae996e', pop: 'LHR61-P4', id: TIDEWATER_CF_ID }),
  body: cloudFrontErrorPage(502, TIDEWATER_CF_ID),
  // Another page of the site, which loads: it announces the site's IPFS copy in a <meta http-equiv> (no header).
  paths: { [TIDEWATER_ABOUT_PATH]: tidewaterAbout() },
  expected: { provider: 'aws', service: 'cloudfront', failure: 'origin', status: 502, pop: 'LHR61-P4', badge: '1', badgeColor: 'orange' },
};

const cloudfront503: ServedScenario = {
  name: 'cloudfront-503',
  summary: 'CloudFront 503 with the standard page: usually the origin lacks capacity',
  host: 'watch.harborview-tv.com',
  path: '/live/channel-4',
  status: 503,
  headers: cloudFrontErrorHeaders({ edge: '3c9c9a2d1a93e102a3a0518c28f93b9f', pop: 'GRU3-P7', id: HARBORVIEW_CF_ID }),
  body: cloudFrontErrorPage(503, HARBORVIEW_CF_ID),
  expected: { provider: 'aws', service: 'cloudfront', failure: 'origin', status: 503, pop: 'GRU3-P7', badge: '1', badgeColor: 'orange' },
};

const FERNBANK_S3 = {
  code: 'SlowDown',
  message: 'Please reduce your request rate.',
  requestId: 'DB86C764120CFBD0',
  hostId: 'x1XAzNCjNcLYzhOyNnOf2R7z78UDBe/hCvYSWpH0YfciWsSIORFBrBpuD/BXn/0e/GRhYJ3ztFK=',
};

const s3SlowDown: ServedScenario = {
  name: 's3-slowdown',
  summary: 'S3 503 SlowDown: S3 is throttling the bucket (a rate limit: deliberate, not an outage)',
  host: 'fernbank-media.s3.us-west-2.amazonaws.com',
  path: '/press/2025/spring-catalogue.html',
  status: 503,
  statusText: 'Slow Down',
  headers: s3ErrorHeaders(FERNBANK_S3),
  body: s3ErrorXml(FERNBANK_S3),
  expected: {
    provider: 'aws',
    service: 's3',
    failure: 'block',
    status: 503,
    code: 'SlowDown',
    badge: '',
    readsPage: 'the code SlowDown is only in the XML body: from server: AmazonS3 and 503 alone it reads as S3 failing',
  },
};

const elb502: ServedScenario = {
  name: 'elb-502',
  summary: 'Application Load Balancer 502: a target reset the connection or answered garbage',
  host: 'portal.greywater-logistics.com',
  path: '/shipments',
  status: 502,
  headers: albErrorHeaders(),
  body: albErrorPage('502 Bad Gateway'),
  expected: { provider: 'aws', service: 'elb', failure: 'origin', status: 502, badge: '1', badgeColor: 'orange' },
};

// Fastly and Vercel.
const GAZETTE_HOP = { servedBy: 'cache-lhr7380-LHR', epoch: 1763464327, elapsedMs: 15002 };

const fastly503: ServedScenario = {
  name: 'fastly-503',
  summary: 'Fastly 503 "first byte timeout": the origin sent nothing within the timeout',
  host: 'news.copperfield-gazette.com',
  path: '/2025/11/18/council-votes-on-harbour-plan',
  status: 503,
  statusText: 'first byte timeout',
  headers: { ...fastlyErrorHeaders(GAZETTE_HOP), Connection: 'close' },
  body: fastlyGuruPage('first byte timeout', GAZETTE_HOP, 2837461928),
  expected: { provider: 'fastly', failure: 'origin', status: 503, pop: 'LHR', badge: '1', badgeColor: 'orange' },
};

const LINNET_ID = 'fra1::iad1::6xk2l-1763464331937-c0e4d9b7a1f3';

const vercel500: ServedScenario = {
  name: 'vercel-500',
  summary: "Vercel 500 FUNCTION_INVOCATION_FAILED: the site's serverless function crashed",
  host: 'www.linnet-notes.com',
  path: '/dashboard',
  status: 500,
  headers: vercelErrorHeaders('FUNCTION_INVOCATION_FAILED', LINNET_ID),
  body: vercelErrorPage({
    status: 500,
    reason: 'INTERNAL_SERVER_ERROR',
    errorCode: 'FUNCTION_INVOCATION_FAILED',
    vercelId: LINNET_ID,
    headline: 'This Serverless Function has crashed.',
  }),
  expected: {
    provider: 'vercel',
    failure: 'origin',
    status: 500,
    code: 'FUNCTION_INVOCATION_FAILED',
    pop: 'fra1',
    badge: '1',
    badgeColor: 'orange',
  },
};

export const FLOOD_PATH = '/flood';
// Ten times the tab's bound. (50,000 go through the same pipeline in test/background/tab-flood.test.ts and
// `npm run bench`; in this harness Chromium stops sending a page's fetches after about 16,400, with or
// without Detour loaded.)
export const FLOOD_SIZE = 10_000;

const healthy: ServedScenario = {
  name: 'healthy',
  summary: 'A healthy page behind Cloudflare (200): nothing to report',
  host: 'www.tinroof-coffee.com',
  status: 200,
  headers: cloudflareOkHeaders(cfRay('9a2654855949954e', 'LAX')),
  body: coffeeShopPage(),
  // Not part of the tour: a page of the same site that fires FLOOD_SIZE failing fetches.
  paths: {
    [FLOOD_PATH]: { status: 200, headers: cloudflareOkHeaders(cfRay('9a2654855949955f', 'LAX')), body: floodPage('/api/orders', FLOOD_SIZE) },
    '/api/orders': { status: 522, headers: cloudflareErrorHeaders(cfRay('9a2654855949956a', 'LAX'), { 'content-type': 'text/plain; charset=UTF-8' }), body: 'error code: 522\n' },
  },
  expected: { provider: 'cloudflare', failure: 'none', status: 200, pop: 'LAX', badge: '' },
};


// A page that loads, while its images and scripts fail at three providers.
const BRIGHTWATER_IMAGES = 'img.brightwater-outdoor.com';
const BRIGHTWATER_CLOUDFRONT = 'd3k9x7m2q8v4tz.cloudfront.net';
const BRIGHTWATER_FASTLY = 'brightwater.global.ssl.fastly.net';

const imageCloudflare522: ReplyFor = (n) => {
  const rayId = hexId(522, n);
  return {
    status: 522,
    headers: cloudflareErrorHeaders(cfRay(rayId, 'ORD')),
    body: cloudflareErrorPage({
      host: BRIGHTWATER_IMAGES,
      code: 522,
      reason: 'Connection timed out',
      errorAt: 'host',
      city: 'Chicago',
      rayId,
      time: '2025-11-18 11:32:07 UTC',
      whatHappened: "The initial connection between Cloudflare's network and the origin web server timed out. As a result, the web page can not be displayed.",
      ownerAdvice: 'Contact your hosting provider letting them know your web server is not completing requests.',
    }),
  };
};

// The shop's assets bucket behind CloudFront is throttled: S3's 503 SlowDown relayed by CloudFront.
const cloudFrontS3SlowDown: ReplyFor = (n) => {
  const s3 = { code: 'SlowDown', message: 'Please reduce your request rate.', requestId: hexId(3, n).toUpperCase(), hostId: base64Id(4, n, { length: 75, padding: '=', urlSafe: false }) };
  const cloudFront = cloudFrontErrorHop({ edge: hexId(1, n, 32), pop: 'ORD58-P3', id: base64Id(503, n) });
  return { status: 503, statusText: 'Slow Down', headers: { ...s3ErrorHeaders(s3), ...cloudFront }, body: s3ErrorXml(s3) };
};

const fastlyBackendReadError: ReplyFor = (n) => {
  const hop = { servedBy: 'cache-chi-kigq8000112-CHI', epoch: 1763464327 + Math.floor(n / 10), elapsedMs: 3127 };
  return { status: 503, statusText: 'backend read error', headers: fastlyErrorHeaders(hop), body: fastlyGuruPage('backend read error', hop, 1000000 + n) };
};

const threeProviders: ServedScenario = {
  name: 'three-providers',
  summary: 'The page loads (Cloudflare 200); 70 images fail with Cloudflare 522, 70 scripts and images with S3 SlowDown via CloudFront (503), 60 with Fastly 503',
  host: 'www.brightwater-outdoor.com',
  path: '/collections/spring-sale',
  status: 200,
  headers: cloudflareOkHeaders(cfRay('9a26548559499a10', 'ORD')),
  body: ({ port, nonce }) =>
    shopPage(
      [
        { origin: `http://${BRIGHTWATER_IMAGES}:${port}`, count: 70, path: (i) => `/products/${1200 + i}/main_480x480.jpg`, tag: (url) => `<img src="${url}" alt="">` },
        { origin: `http://${BRIGHTWATER_CLOUDFRONT}:${port}`, count: 20, inHead: true, path: (i) => `/static/js/chunk-${i}.4f9a1c${i}.js`, tag: (url) => `<script src="${url}" defer></script>` },
        { origin: `http://${BRIGHTWATER_CLOUDFRONT}:${port}`, count: 50, path: (i) => `/banners/spring-${i}.webp`, tag: (url) => `<img src="${url}" alt="">` },
        { origin: `http://${BRIGHTWATER_FASTLY}:${port}`, count: 10, inHead: true, path: (i) => `/reviews/widget-${i}.css`, tag: (url) => `<link rel="stylesheet" href="${url}">` },
        { origin: `http://${BRIGHTWATER_FASTLY}:${port}`, count: 50, path: (i) => `/reviews/avatars/${8800 + i}.png`, tag: (url) => `<img src="${url}" alt="">` },
      ],
      nonce,
    ),
  subresources: [
    { host: BRIGHTWATER_IMAGES, reply: imageCloudflare522 },
    { host: BRIGHTWATER_CLOUDFRONT, reply: cloudFrontS3SlowDown },
    { host: BRIGHTWATER_FASTLY, reply: fastlyBackendReadError },
  ],
  expected: {
    provider: 'cloudflare',
    failure: 'none',
    status: 200,
    badge: '3',
    badgeColor: 'red',
    resources: [
      { provider: 'cloudflare', host: BRIGHTWATER_IMAGES, failure: 'origin', count: 70 },
      { provider: 'aws', host: BRIGHTWATER_CLOUDFRONT, failure: 'edge', count: 70 },
      { provider: 'fastly', host: BRIGHTWATER_FASTLY, failure: 'origin', count: 60 },
    ],
  },
};

const refused: RefusedScenario = {
  name: 'refused',
  summary: 'Connection refused: the server is down and no CDN is in front (net::ERR_CONNECTION_REFUSED)',
  host: 'git.orchard-lane.net',
  refused: true,
  // A site failing with no provider in front is its own (provider, host) pair on the badge.
  expected: { provider: null, failure: 'origin', badge: '1', badgeColor: 'orange' },
};

// 500 thumbnails that keep failing for a few seconds after the page loaded: for tests that stop Detour's
// background while failures are still arriving.
// The gallery's own photo host, a name of its CloudFront distribution (its photos are what the page shows).
const PINECREST_CLOUDFRONT = 'photos.pinecrest-photo.com';
export const BURST_SIZE = 500;

const cloudFront504: ReplyFor = (n) => {
  const id = base64Id(504, n);
  return {
    status: 504,
    headers: cloudFrontErrorHeaders({ edge: hexId(2, n, 32), pop: 'SEA19-C2', id }),
    body: cloudFrontErrorPage(504, id),
    delayMs: 20,
  };
};

const burst: ServedScenario = {
  name: 'burst',
  summary: `A gallery (Vercel 200) that adds ${BURST_SIZE} thumbnails in waves over ~3 s; each fails with CloudFront 504`,
  host: 'gallery.pinecrest-photo.com',
  path: '/albums/autumn-in-the-cascades',
  status: 200,
  headers: {
    'cache-control': 'public, max-age=0, must-revalidate',
    'content-type': 'text/html; charset=utf-8',
    server: 'Vercel',
    'strict-transport-security': 'max-age=63072000',
    'x-vercel-cache': 'HIT',
    'x-vercel-id': 'sea1::n8q2v-1763464331937-8b1d0e2f7a6c',
    age: '412',
    etag: '"b1946ac92492d2347c6235b4d2611184"',
  },
  body: ({ port, nonce }) => galleryPage({ origin: `http://${PINECREST_CLOUDFRONT}:${port}`, total: BURST_SIZE, waves: 10, waveGapMs: 300, nonce }),
  subresources: [{ host: PINECREST_CLOUDFRONT, reply: cloudFront504 }],
  expected: {
    provider: 'vercel',
    failure: 'none',
    status: 200,
    badge: '1',
    badgeColor: 'orange',
    resources: [{ provider: 'aws', host: PINECREST_CLOUDFRONT, failure: 'origin', count: BURST_SIZE }],
  },
};

// Quiet on a healthy day: pages that loaded while other sites' pixels, beacons and ad frames failed
// — the badge stays dark and the popup says so — and a page whose own script at its CDN failed.
const HARBORVIEW_PIXEL = 'd2abcdefgh8k3m.cloudfront.net';
const TIDEMARK_ADS = 'ads.tidemark-adnet.com';
const BEACONLY = 'collect.beaconly-analytics.com';

const cloudFront503Pixel: ReplyFor = (n) => {
  const id = base64Id(7503, n);
  return { status: 503, headers: cloudFrontErrorHeaders({ edge: hexId(75, n, 32), pop: 'IAD89-C1', id }), body: cloudFrontErrorPage(503, id) };
};
const plain = (status: number, statusText: string): ReplyFor => () => ({ status, statusText, headers: { 'content-type': 'text/plain', server: 'nginx' }, body: `${status} ${statusText}\n` });

const noisyNews: ServedScenario = {
  name: 'noisy-news',
  summary: "A news page that loaded (Cloudflare 200) while another site's analytics pixel at CloudFront answered 503, an ad frame 404 and a beacon 500: nothing a reader notices",
  host: 'www.harborview-news.com',
  path: '/local/2026/12/ferry-schedule',
  status: 200,
  headers: cloudflareOkHeaders(cfRay('9a26548559499b22', 'IAD')),
  body: ({ port, nonce }) =>
    newsPage({
      pixel: `http://${HARBORVIEW_PIXEL}:${port}/i.gif?v=${nonce}`,
      adFrame: `http://${TIDEMARK_ADS}:${port}/slot/leaderboard?v=${nonce}`,
      beacon: `http://${BEACONLY}:${port}/collect?v=${nonce}`,
    }),
  subresources: [
    { host: HARBORVIEW_PIXEL, reply: cloudFront503Pixel },
    { host: TIDEMARK_ADS, reply: plain(404, 'Not Found') },
    { host: BEACONLY, reply: plain(500, 'Internal Server Error') },
  ],
  expected: {
    provider: 'cloudflare',
    failure: 'none',
    status: 200,
    badge: '',
    resources: [
      { provider: 'aws', host: HARBORVIEW_PIXEL, failure: 'origin', count: 1 },
      { provider: null, host: TIDEMARK_ADS, failure: 'client', count: 1 },
      { provider: null, host: BEACONLY, failure: 'origin', count: 1 },
    ],
  },
};

const REVIEWSY = 'cdn.reviewsy-widgets.com';
const ADLATTICE = 'px.adlattice.net';
const fastly503Image: ReplyFor = (n) => {
  const hop = { servedBy: 'cache-sjc10043-SJC', epoch: 1763464400 + n, elapsedMs: 5012 };
  return { status: 503, statusText: 'first byte timeout', headers: fastlyErrorHeaders(hop), body: fastlyGuruPage('first byte timeout', hop, 2000000 + n) };
};

const noisyShop: ServedScenario = {
  name: 'noisy-shop',
  summary: "A shop page that loaded (Vercel 200) while another site's review avatars failed at Fastly (503) and a tracking pixel answered 502",
  host: 'shop.marlowe-ceramics.com',
  path: '/products/speckled-mug',
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', server: 'Vercel', 'x-vercel-cache': 'HIT', 'x-vercel-id': 'sfo1::k2v8q-1763464400123-4c2d9e1f0a7b', age: '95' },
  body: ({ port, nonce }) =>
    shopPage(
      [
        { origin: `http://${REVIEWSY}:${port}`, count: 3, path: (i) => `/avatars/${410 + i}.png`, tag: (url) => `<img src="${url}" alt="">` },
        { origin: `http://${ADLATTICE}:${port}`, count: 1, path: () => '/p.gif', tag: (url) => `<img src="${url}" alt="" width="1" height="1">` },
      ],
      nonce,
    ),
  subresources: [
    { host: REVIEWSY, reply: fastly503Image },
    { host: ADLATTICE, reply: plain(502, 'Bad Gateway') },
  ],
  expected: {
    provider: 'vercel',
    failure: 'none',
    status: 200,
    badge: '',
    resources: [
      { provider: 'fastly', host: REVIEWSY, failure: 'origin', count: 3 },
      { provider: null, host: ADLATTICE, failure: 'origin', count: 1 },
    ],
  },
};

// The page is served by Fastly; its own script, at the name Fastly gives its service, times out at the origin.
const LUMEN_CDN = 'lumen-bikes.global.ssl.fastly.net';
const siteCdnScript: ServedScenario = {
  name: 'site-cdn-script',
  summary: "A page served by Fastly whose own script at its Fastly service name answers 503 (first byte timeout): the page needs it, the badge counts it",
  host: 'www.lumen-bikes.com',
  path: '/e-bikes/commuter',
  status: 200,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    via: '1.1 varnish',
    'x-served-by': 'cache-den8250-DEN',
    'x-cache': 'HIT',
    'x-cache-hits': '3',
    'x-timer': 'S1763464500.117233,VS0,VE1',
    age: '311',
  },
  body: ({ port, nonce }) =>
    shopPage([{ origin: `http://${LUMEN_CDN}:${port}`, count: 1, inHead: true, path: () => '/assets/app.7c1e9a.js', tag: (url) => `<script src="${url}" defer></script>` }], nonce),
  subresources: [{ host: LUMEN_CDN, reply: fastly503Image }],
  expected: {
    provider: 'fastly',
    failure: 'none',
    status: 200,
    badge: '1',
    badgeColor: 'orange',
    resources: [{ provider: 'fastly', host: LUMEN_CDN, failure: 'origin', count: 1 }],
  },
};

export const SCENARIOS: readonly Scenario[] = [
  cloudflare522,
  cloudflare500,
  cloudflare500ErrorType,
  cloudflareChallenge,
  cloudfront502,
  cloudfront503,
  s3SlowDown,
  elb502,
  fastly503,
  vercel500,
  healthy,
  threeProviders,
  refused,
  burst,
  noisyNews,
  noisyShop,
  siteCdnScript,
];

export function scenarioNamed(name: string): Scenario {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario named ${name}`);
  return scenario;
}

/** Every host name the scenarios use (pages and their subresources), for the browsers' loopback mapping. */
export function scenarioHosts(scenarios: readonly Scenario[] = SCENARIOS): string[] {
  const hosts = scenarios.flatMap((scenario) => [scenario.host, ...(scenario.refused ? [] : (scenario.subresources ?? []).map((sub) => sub.host))]);
  return [...new Set(hosts)];
}
