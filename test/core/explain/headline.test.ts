// The popup's headline for every kind of failure, from real fixtures (what the classifier says about
// recorded responses) and from odd inputs a stored record may hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify';
import { corroborate } from '../../../src/core/corroborate';
import { explainDiagnosis, explainHeadline } from '../../../src/core/explain';
import { seedCovers, seedIpLookup } from '../../../src/core/ip-owner';
import type { Diagnosis, Observation } from '../../../src/core/types';
import { say } from './say';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
function fromFixture(file: string): { diagnosis: Diagnosis; host: string } {
  const { observation } = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as { observation: Observation };
  return { diagnosis: classify(observation), host: new URL(observation.url).hostname };
}

describe('explainHeadline from recorded responses', () => {
  it.each([
    ['cloudflare/500-cloudflare-internal-error-18-nov-2025.json', /^Cloudflare's network is failing for [^ ]+ — the site itself may be fine$/],
    ['cloudflare/522-origin-timeout.json', /^[^ ]+'s server is not answering; Cloudflare is working$/],
    ['cloudflare/502-origin-nginx-passthrough.json', /^[^ ]+'s server is not answering; Cloudflare is working$/],
    ['cloudflare/403-managed-challenge-cf-mitigated.json', /^This is a Cloudflare bot check, not an outage$/],
    ['cloudflare/503-legacy-js-challenge-just-a-moment.json', /^This is a Cloudflare bot check, not an outage$/],
    ['cloudflare/403-1020-waf-block.json', /^Cloudflare blocked this request on purpose \(a firewall or access rule\) — not an outage$/],
    ['cloudflare/403-1009-country-banned.json', /^Cloudflare blocks visitors from your country on [^ ]+ — not an outage$/],
    ['cloudflare/429-1015-rate-limited.json', /^Cloudflare is rate-limiting requests to [^ ]+ — not an outage$/],
    ['cloudflare/challenges-cloudflare-com-500-script.json', /^Cloudflare's bot check is failing to load — Cloudflare is at fault, not the site$/],
    ['cloudflare/403-1004-host-not-configured.json', /^[^ ]+ is not set up correctly on Cloudflare; Cloudflare itself is working$/],
    ['cloudflare/500-1101-worker-threw-exception.json', /^[^ ]+'s own code failed on Cloudflare Workers; Cloudflare Workers is working$/],
    ['aws/s3-slowdown-503.json', /^AWS S3 is throttling this site \(SlowDown\)$/],
    ['aws/s3-internalerror-500.json', /^AWS S3 itself is failing \(mybucket\.s3\.eu-west-1\.amazonaws\.com\)$/],
    ['aws/cloudfront-503-capacity-exceeded-edge.json', /^Amazon CloudFront is failing for [^ ]+ — the site itself may be fine$/],
    ['aws/cloudfront-504-origin-timeout.json', /^[^ ]+'s server is not answering; Amazon CloudFront is working$/],
    ['aws/waf-captcha-405-alb.json', /^This is an AWS WAF bot check, not an outage$/],
    ['aws/s3-nosuchkey-404.json', /^This address does not exist on [^ ]+ \(404\) — not an outage$/],
    ['vercel/function-invocation-failed-500.json', /^[^ ]+'s own code failed on Vercel; Vercel is working$/],
    ['vercel/deployment-deleted-410.json', /^[^ ]+ is not set up correctly on Vercel; Vercel itself is working$/],
    ['vercel/internal-unexpected-error-500.json', /^Vercel's network is failing for/],
    ['heroku/router-error-relayed-by-cloudflare.json', /'s server is not answering; Heroku is working$/],
    ['github/pages-fastly-503-generic.json', /^GitHub Pages is failing for octo-widgets\.github\.io/],
    ['fastly/503-generic-guru-mediation.json', /^Fastly's network is failing for/],
    ['network/chrome-timeout-cloudflare-ipv4.json', /^Cloudflare's network is not answering for [^ ]+ \(the connection timed out\) — the site itself may be fine$/],
    ['network/chrome-connection-refused-no-ip.json', /^[^ ]+'s own server failed \(the server refused the connection\); no provider was recognised in front of it$/],
    ['network/chrome-cert-date-invalid.json', /own server failed \(the site's certificate is not valid\)/],
    ['network/chrome-name-not-resolved.json', /^[^ ]+'s name could not be looked up — its DNS may be down, or your resolver$/],
    ['network/firefox-unknown-host.json', /'s name could not be looked up/],
    ['network/chrome-connection-timed-out-no-ip.json', /^[^ ]+ could not be reached \(the connection timed out\); Detour cannot tell whose fault it is$/],
    ['network/chrome-unknown-new-error.json', /could not be reached \(a network error Detour does not know\)/],
    ['network/chrome-internet-disconnected.json', /^The problem is on this device or its network \(this device is offline\), not the site$/],
    ['network/firefox-proxy-connection-refused.json', /^The problem is on this device or its network \(your proxy failed\), not the site$/],
    ['selfhosted/nginx-502-bad-gateway.json', /^[^ ]+'s own server failed \(502, bad gateway\); no provider was recognised in front of it$/],
    ['selfhosted/status-999-nonstandard.json', /^[^ ]+ failed \(999, not a standard HTTP status\); Detour cannot tell whose fault it is$/],
    ['selfhosted/418-teapot.json', /^[^ ]+ refused this request as invalid \(418, the request was refused\) — not an outage$/],
    ['selfhosted/nginx-200-healthy.json', /answered normally$/],
  ])('%s', (file, expected) => {
    const { diagnosis, host } = fromFixture(file);
    expect(say(explainHeadline(diagnosis, host))).toMatch(expected);
  });
});

const base: Diagnosis = { provider: null, failure: 'unknown', evidence: [] };

describe('explainHeadline for every failure kind', () => {
  it.each<[string, Partial<Diagnosis>, string]>([
    ['edge, no service', { provider: 'cloudflare', failure: 'edge', status: 500 }, "Cloudflare's network is failing for shop.example — the site itself may be fine"],
    ['edge, generic service', { provider: 'azure', service: 'cdn', failure: 'edge', status: 503 }, "Azure's network is failing for shop.example — the site itself may be fine"],
    ['edge, unknown service', { provider: 'bunny', service: 'storage', failure: 'edge', status: 503 }, 'Bunny CDN storage is failing for shop.example — the site itself may be fine'],
    ['edge, no provider', { failure: 'edge', status: 503 }, 'shop.example failed (503, service unavailable); Detour cannot tell whose fault it is'],
    ['edge, unknown provider id', { provider: 'acme-cdn', failure: 'edge', status: 500 }, "acme-cdn's network is failing for shop.example — the site itself may be fine"],
    ['origin 522', { provider: 'cloudflare', failure: 'origin', status: 522, code: '522' }, "shop.example's server is not answering; Cloudflare is working"],
    ['origin, no provider, no status', { failure: 'origin' }, "shop.example's own server failed; no provider was recognised in front of it"],
    ['origin, network error at a provider', { provider: 'cloudflare', failure: 'origin', evidence: ['ERR_CERT_DATE_INVALID: …'], networkError: 'ERR_CERT_DATE_INVALID' }, "shop.example has a problem of its own (the site's certificate is not valid); Cloudflare is working"],
    ['origin, function service without code', { provider: 'aws', service: 'lambda-url', failure: 'origin', status: 502 }, "shop.example's own code failed on AWS Lambda; AWS Lambda is working"],
    ['origin behind CloudFront names the product', { provider: 'aws', service: 'cloudfront', failure: 'origin', status: 502 }, "shop.example's server is not answering; Amazon CloudFront is working"],
    ['origin behind ELB names the product', { provider: 'aws', service: 'elb', failure: 'origin', status: 502 }, "shop.example's server is not answering; AWS Elastic Load Balancing is working"],
    ['origin, generic service names the provider', { provider: 'cloudflare', service: 'cdn', failure: 'origin', status: 522 }, "shop.example's server is not answering; Cloudflare is working"],
    ['origin, service Detour has no name for', { provider: 'fly', service: 'machines', failure: 'origin', status: 502 }, "shop.example's server is not answering; Fly.io is working"],
    ['edge on a named product', { provider: 'aws', service: 'cloudfront', failure: 'edge', status: 503 }, 'Amazon CloudFront is failing for shop.example — the site itself may be fine'],
    ['edge network error on a named product', { provider: 'aws', service: 'cloudfront', failure: 'edge', evidence: ['ERR_CONNECTION_RESET: x'], networkError: 'ERR_CONNECTION_RESET' }, "Amazon CloudFront's network is not answering for shop.example (the connection was cut off) — the site itself may be fine"],
    ['block, a Vercel challenge', { provider: 'vercel', failure: 'block', status: 403, evidence: ["x-vercel-mitigated: challenge — Vercel's firewall checked this request, not an outage"] }, 'This is a Vercel bot check, not an outage'],
    ['block, an Akamai challenge', { provider: 'akamai', failure: 'block', status: 403, evidence: ['a captcha page'] }, 'This is an Akamai bot check, not an outage'],
    ['block, no provider', { failure: 'block', status: 403 }, 'shop.example blocked this request on purpose — not an outage'],
    ['block 429 without code', { provider: 'vercel', failure: 'block', status: 429 }, 'Vercel is rate-limiting requests to shop.example — not an outage'],
    ['block, throttling code', { provider: 'aws', service: 'apigateway', failure: 'block', status: 400, code: 'ThrottlingException' }, 'AWS API Gateway is rate-limiting requests to shop.example — not an outage'],
    ['client 400', { provider: 'aws', failure: 'client', status: 400 }, 'shop.example refused this request as invalid (400, bad request) — not an outage'],
    ['client 410', { failure: 'client', status: 410 }, 'This address does not exist on shop.example (410) — not an outage'],
    ['client without status', { failure: 'client' }, 'shop.example refused this request as invalid (no details) — not an outage'],
    ['client network error', { failure: 'client', evidence: ['NS_ERROR_OFFLINE: the browser is offline'], networkError: 'NS_ERROR_OFFLINE' }, 'The problem is on this device or its network (this device is offline), not the site'],
    ['unknown, provider', { provider: 'fastly', failure: 'unknown', status: 503 }, 'shop.example failed behind Fastly; Detour cannot tell whether Fastly or the site is at fault'],
    ['unknown, no status', { failure: 'unknown' }, 'shop.example failed (no details); Detour cannot tell whose fault it is'],
    ['unknown, DNS', { failure: 'unknown', evidence: ['ERR_DNS_TIMED_OUT: the DNS lookup timed out'], networkError: 'ERR_DNS_TIMED_OUT' }, "shop.example's name could not be looked up — its DNS may be down, or your resolver"],
    ['none', { provider: 'cloudflare', failure: 'none', status: 200 }, 'shop.example answered normally'],
  ])('%s', (_name, fields, expected) => {
    expect(say(explainHeadline({ ...base, ...fields }, 'shop.example'))).toBe(expected);
  });
});

describe('explainHeadline with odd inputs', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['an empty host', { ...base, provider: 'cloudflare', failure: 'edge' }, '', /^Cloudflare's network is failing for this site/],
    ['a failure kind it does not know ("network")', { ...base, failure: 'network', evidence: ['ERR_CONNECTION_RESET: x'], networkError: 'ERR_CONNECTION_RESET' }, 'a.example', /^a\.example could not be reached \(the connection was cut off\)/],
    ['a garbage failure', { ...base, failure: 42 }, 'a.example', /^a\.example failed \(no details\)/],
    ['a missing evidence list', { provider: 'cloudflare', failure: 'origin', status: 521 }, 'a.example', /^a\.example's server is not answering; Cloudflare is working$/],
    ['evidence that is not strings', { provider: null, failure: 'unknown', evidence: [null, 5] }, 'a.example', /^a\.example failed \(no details\)/],
    ['a NaN status', { ...base, failure: 'origin', status: Number.NaN }, 'a.example', /^a\.example's own server failed; no provider/],
    ['an empty provider and code', { ...base, provider: '', code: '', failure: 'edge', status: 502 }, 'a.example', /^a\.example failed \(502, bad gateway\)/],
    ['null', null, 'a.example', /^a\.example failed \(no details\)/],
    ['a host with markup', { ...base, failure: 'origin' }, '<img src=x onerror=alert(1)>', /^<img src=x onerror=alert\(1\)>'s own server failed/],
    ['a network error name in evidence while a status exists', { ...base, failure: 'origin', status: 502, evidence: ['ERR_CONNECTION_RESET: x'] }, 'a.example', /\(502, bad gateway\)/],
  ])('%s', (_name, diagnosis, host, expected) => {
    expect(() => explainHeadline(diagnosis as Diagnosis, host)).not.toThrow();
    expect(say(explainHeadline(diagnosis as Diagnosis, host))).toMatch(expected);
  });
});

describe('explainHeadline when only a part of the page failed', () => {
  it.each<[string, Partial<Diagnosis>, string, string]>([
    ['an edge failure on an asset host', { provider: 'cloudflare', failure: 'edge', status: 500 }, 'shop.example', "Parts of shop.example are failing: Cloudflare's network is failing for img.example"],
    ['a product failing', { provider: 'aws', service: 's3', failure: 'edge', status: 503 }, 'shop.example', 'Parts of shop.example are failing: AWS S3 is failing for img.example'],
    ['a network error at the edge', { provider: 'fastly', failure: 'edge', evidence: ['ERR_CONNECTION_RESET: x'], networkError: 'ERR_CONNECTION_RESET' }, 'shop.example', "Parts of shop.example are failing: Fastly's network is not answering for img.example (the connection was cut off)"],
    ['throttling names the failing host, not "this site"', { provider: 'aws', service: 's3', failure: 'edge', status: 503, code: 'SlowDown' }, 'shop.example', 'Parts of shop.example are failing: AWS S3 is throttling requests to img.example (SlowDown)'],
    ["the asset host's server", { provider: 'aws', service: 'cloudfront', failure: 'origin', status: 504 }, 'shop.example', "Parts of shop.example are failing: img.example's server is not answering; Amazon CloudFront is working"],
    ["the page's host not known", { provider: 'cloudflare', failure: 'edge', status: 500 }, '', "Parts of this page are failing: Cloudflare's network is failing for img.example"],
  ])('%s', (_name, fields, page, expected) => {
    expect(say(explainHeadline({ ...base, ...fields }, 'img.example', page))).toBe(expected);
  });

  it('reads as before for the page itself (no page host given)', () => {
    expect(say(explainHeadline({ ...base, provider: 'cloudflare', failure: 'edge', status: 500 }, 'shop.example'))).toBe("Cloudflare's network is failing for shop.example — the site itself may be fine");
  });
});

describe('a claim the server address disputes', () => {
  it('says the answer claims to be the provider and the address is not its, whole or as a part of the page', () => {
    const { diagnosis, host } = fromFixture('cloudflare/500-cloudflare-internal-error-18-nov-2025.json');
    const disputed = corroborate(diagnosis, host, '93.184.215.14', { lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: () => ['cloudflare'] });
    expect(say(explainHeadline(disputed, host))).toBe(`${host} claims to be Cloudflare; the address is not Cloudflare's — not counted as a Cloudflare outage`);
    expect(say(explainHeadline(disputed, host, 'shop.example'))).toBe(`Parts of shop.example are failing: ${host} claims to be Cloudflare; the address is not Cloudflare's — not counted as a Cloudflare outage`);
    expect(say(explainDiagnosis(disputed, host).failure)).toBe("claims to be Cloudflare; the address is not Cloudflare's");
    // The same page from Cloudflare's own address reads as before.
    const real = corroborate(diagnosis, host, '104.16.132.229', { lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: () => undefined });
    expect(say(explainHeadline(real, host))).toMatch(/^Cloudflare's network is failing for /);
  });
});
