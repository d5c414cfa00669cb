// Realistic inputs for the classifier: healthy responses with 10–40 headers from many providers, the
// golden fixtures' failures, and hostile inputs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Observation } from '../src/core/types';

type Header = { name: string; value: string };
const COMMON: Header[] = [
  { name: 'date', value: 'Sat, 21 Nov 2026 06:12:03 GMT' }, { name: 'content-type', value: 'text/html; charset=utf-8' },
  { name: 'content-length', value: '48213' }, { name: 'cache-control', value: 'public, max-age=300' },
  { name: 'vary', value: 'Accept-Encoding' }, { name: 'etag', value: 'W/"bc9-18f0b7"' },
  { name: 'last-modified', value: 'Fri, 20 Nov 2026 22:01:11 GMT' }, { name: 'accept-ranges', value: 'bytes' },
  { name: 'strict-transport-security', value: 'max-age=31536000; includeSubDomains' },
  { name: 'x-content-type-options', value: 'nosniff' }, { name: 'x-frame-options', value: 'SAMEORIGIN' },
  { name: 'referrer-policy', value: 'strict-origin-when-cross-origin' }, { name: 'content-encoding', value: 'br' },
  { name: 'alt-svc', value: 'h3=":443"; ma=86400' }, { name: 'set-cookie', value: 'sid=8f2c1a; Path=/; Secure; HttpOnly' },
  { name: 'content-security-policy', value: "default-src 'self'; img-src * data:; script-src 'self' 'unsafe-inline'" },
  { name: 'permissions-policy', value: 'interest-cohort=()' }, { name: 'x-xss-protection', value: '0' },
  { name: 'access-control-allow-origin', value: '*' }, { name: 'timing-allow-origin', value: '*' },
  { name: 'age', value: '1432' }, { name: 'expires', value: 'Sat, 21 Nov 2026 06:17:03 GMT' },
  { name: 'x-request-id', value: '5f1d2c0e-9a8b-4c7d-8e6f-0a1b2c3d4e5f' }, { name: 'server-timing', value: 'total;dur=12' },
  { name: 'cross-origin-resource-policy', value: 'cross-origin' }, { name: 'x-powered-by', value: 'Next.js' },
  { name: 'link', value: '</app.css>; rel=preload; as=style' }, { name: 'pragma', value: 'no-cache' },
  { name: 'x-dns-prefetch-control', value: 'off' }, { name: 'priority', value: 'u=1' },
  { name: 'report-to', value: '{"group":"default","max_age":86400}' }, { name: 'nel', value: '{"report_to":"default"}' },
];
const PROVIDER_HEADERS: Header[][] = [
  [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }, { name: 'cf-cache-status', value: 'HIT' }],
  [{ name: 'server', value: 'AmazonS3' }, { name: 'via', value: '1.1 5d4c2e9a1b3f7e8d0c6a4b2e1f3d5c7a.cloudfront.net (CloudFront)' }, { name: 'x-cache', value: 'Hit from cloudfront' }, { name: 'x-amz-cf-pop', value: 'IAD89-C1' }, { name: 'x-amz-cf-id', value: 'qY0dKJc2xTpF1s9gq7VbN3kL5mR8wZ4hE6uA2iO0pQ1rS3tU5vW7xA==' }],
  [{ name: 'x-served-by', value: 'cache-iad-kiad7000111-IAD, cache-fra-etou8220141-FRA' }, { name: 'x-cache', value: 'MISS, HIT' }, { name: 'x-cache-hits', value: '0, 3' }, { name: 'x-timer', value: 'S1763705523.123456,VS0,VE1' }, { name: 'via', value: '1.1 varnish, 1.1 varnish' }],
  [{ name: 'server', value: 'Vercel' }, { name: 'x-vercel-id', value: 'fra1::iad1::lwfvf-1702001564825-665514977cb1' }, { name: 'x-vercel-cache', value: 'HIT' }],
  [{ name: 'server', value: 'Netlify' }, { name: 'x-nf-request-id', value: '01JD8ZK3Q4V5W6X7Y8Z9A0B1C2' }, { name: 'cache-status', value: '"Netlify Edge"; hit' }],
  [{ name: 'server', value: 'AkamaiGHost' }, { name: 'server-timing', value: 'cdn-cache; desc=HIT, edge; dur=1' }],
  [{ name: 'server', value: 'nginx/1.24.0' }],
  [{ name: 'server', value: 'Apache/2.4.58 (Debian)' }],
  [{ name: 'server', value: 'GitHub.com' }, { name: 'x-github-request-id', value: 'A1B2:3C4D:5E6F7:8A9B0:6740F1C2' }, { name: 'x-served-by', value: 'cache-fra-eddf8230045-FRA' }, { name: 'via', value: '1.1 varnish' }],
  [{ name: 'server', value: 'Google Frontend' }, { name: 'x-cloud-trace-context', value: '105445aa7843bc8bf206b12000100000/1;o=1' }],
];

/** Healthy responses with 10–40 headers, some names capitalised as HTTP/1.1 sends them. */
export function healthyMix(count: number): Observation[] {
  const out: Observation[] = [];
  for (let i = 0; i < count; i++) {
    const n = 10 + ((i * 7) % 31);
    const headers: Header[] = [];
    for (let j = 0; headers.length < n - 3; j++) headers.push(COMMON[(i + j) % COMMON.length] as Header);
    const ph = PROVIDER_HEADERS[i % PROVIDER_HEADERS.length] as Header[];
    headers.splice(i % headers.length, 0, ...ph);
    const capitalise = i % 3 === 0;
    out.push({
      url: `https://site${i % 97}.example/assets/${i}.js`,
      statusCode: [200, 200, 200, 204, 304, 301][i % 6] as number,
      responseHeaders: capitalise ? headers.map((h) => ({ name: h.name.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase()), value: h.value })) : headers,
      type: i % 5 === 0 ? 'main_frame' : 'script',
    });
  }
  return out;
}

/** Every golden fixture whose expected failure is not 'none'. */
export function failingMix(): Observation[] {
  const root = join(import.meta.dirname, '..', 'test', 'fixtures');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, f), 'utf8')) as { observation: Observation; expected: { failure: string } })
    .filter((f) => f.expected.failure !== 'none')
    .map((f) => f.observation);
}

export function hostileMix(): Observation[] {
  const big = 'x'.repeat(100_000);
  return [
    { url: 'not a url', statusCode: 999, responseHeaders: [{ name: '', value: '' }, { name: 'SERVER', value: big }] },
    { url: 'https://ex.example/', statusCode: 0 },
    { url: '', statusCode: 500, responseHeaders: Array.from({ length: 200 }, (_, i) => ({ name: `x-h${i}`, value: 'ÿ€' })) },
    { url: 'https://ex.example/', statusCode: 503, title: '🙃'.repeat(5000), bodyText: 'cloudflare '.repeat(100_000) },
    { url: 'https://ex.example/', statusCode: 502, responseHeaders: [{ name: 'cf-ray', value: '-'.repeat(5000) }, { name: 'server', value: 'cloudflare' }], bodyText: '{'.repeat(70_000) },
    { url: 'https://[::1', error: 'net::ERR_' + 'X'.repeat(500), ip: '999.999.1.1' },
  ];
}
