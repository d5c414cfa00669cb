// Random and hostile input: classify() always returns a valid Diagnosis and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, createClassifier } from '../../src/core/classify';
import { PROVIDERS } from '../../src/core/providers';
import { FAILURES, type Diagnosis, type Observation } from '../../src/core/types';

const IDS = new Set(PROVIDERS.map((p) => p.id));

// The classifier's last resort (a thrown error turned into a verdict) must never be what answers: a valid
// Diagnosis made by the catch-all would pass every other check here.
const CATCH_ALL = /^Detour could not read this response/;

function expectValid(d: Diagnosis): void {
  expect(d.evidence.filter((line) => CATCH_ALL.test(line))).toEqual([]);
  expect(d.provider === null || IDS.has(d.provider)).toBe(true);
  expect(FAILURES).toContain(d.failure);
  expect(Array.isArray(d.evidence)).toBe(true);
  for (const e of d.evidence) expect(typeof e).toBe('string');
  if (d.via !== undefined) for (const v of d.via) expect(IDS.has(v)).toBe(true);
  for (const key of ['service', 'code', 'pop', 'requestId'] as const) {
    if (d[key] !== undefined) expect(typeof d[key]).toBe('string');
  }
  if (d.status !== undefined) expect(Number.isInteger(d.status)).toBe(true);
}

const NAMES = ['server', 'cf-ray', 'Server', 'CF-Cache-Status', 'x-amz-cf-pop', 'x-served-by', 'via', 'x-cache', 'x-vercel-error', 'x-amzn-errortype', 'x-vercel-id', 'fly-request-id', 'x-do-orig-status', 'cf-error-type', 'cf-mitigated', ''];
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('cloudflare', 'CloudFront', 'awselb/2.0', 'Vercel', '8f2c1a7b9d3e4f50-FRA', 'cache-jfk1041-JFK', '1.1 varnish', 'Error from cloudfront', '522', '52x', 'challenge', 'ÿ\u0000\ud800', 'fra1::iad1::x'),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
);
const header = fc.record(
  { name: fc.oneof(fc.constantFrom(...NAMES), fc.string(), fc.string({ unit: 'grapheme', maxLength: 80 })), value: fc.option(hostileString, { nil: undefined }) },
  { requiredKeys: ['name'] },
);
const observation: fc.Arbitrary<Observation> = fc.record(
  {
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('', 'https://', 'https://[::1', 'https://a@b:c/d', 'https://shop.example.workers.dev/', 'not a url')),
    statusCode: fc.oneof(fc.integer({ min: -10, max: 1200 }), fc.constantFrom(0, 99, 999, 429, 500, 502, 503, 520, 522, 530), fc.double()),
    statusLine: hostileString,
    responseHeaders: fc.array(header, { maxLength: 60 }),
    ip: fc.oneof(fc.ipV4(), fc.ipV6(), fc.string(), fc.constantFrom('999.1.1.1', '104.16.0.1', '::ffff:151.101.1.1')),
    error: fc.oneof(fc.constantFrom('net::ERR_CONNECTION_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT', 'net::ERR_', ''), fc.string()),
    type: fc.constantFrom('main_frame', 'script', 'image', 'xmlhttprequest'),
    title: hostileString,
    bodyText: hostileString,
    timeStamp: fc.double(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Observation>;

describe('classify on hostile input', { timeout: 60_000 }, () => {
  it('always yields a valid Diagnosis for random observations', () => {
    fc.assert(fc.property(observation, (o) => expectValid(classify(o))), { numRuns: 3000 });
  });

  it("reads codes named after Object's own properties as unknown codes, not as the properties", () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const cases: Observation[] = [
        { url: 'https://abc.execute-api.us-east-1.amazonaws.com/x', statusCode: 502, responseHeaders: [{ name: 'x-amzn-errortype', value: word }] },
        { url: 'https://acct.blob.core.windows.net/c', statusCode: 503, responseHeaders: [{ name: 'x-ms-error-code', value: word }] },
        { url: 'https://b.s3.amazonaws.com/k', statusCode: 500, responseHeaders: [{ name: 'server', value: 'AmazonS3' }], bodyText: `<Error><Code>${word}</Code><HostId>x</HostId></Error>` },
        { url: 'https://x.example/', statusCode: 500, responseHeaders: [{ name: 'server', value: 'cloudflare' }], bodyText: `{"cloudflare_error": true, "error_category": "${word}"}` },
        { url: 'https://x.example/', statusCode: 503, bodyText: `{"__type": "com.amazonaws.dynamodb#${word}"}` },
        { url: 'https://x.example/', error: `net::ERR_${word}` },
      ];
      for (const o of cases) expectValid(classify(o));
    }
  });

  it('survives values that are not observations at all', () => {
    fc.assert(fc.property(fc.anything(), (o) => expectValid(classify(o as Observation))), { numRuns: 1000 });
    for (const o of [null, undefined, 0, 'x', [], { responseHeaders: 'nope' }, { responseHeaders: [null, 1, 'a', { name: 5 }] }]) {
      expectValid(classify(o as unknown as Observation));
    }
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(observation, (o) => {
        const before = JSON.stringify(o);
        expect(classify(o)).toEqual(classify(o));
        expect(JSON.stringify(o)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('calls every healthy status healthy, unless a block marker (a challenge on a 2xx) says otherwise', () => {
    const BLOCK_MARKERS = new Set(['cf-mitigated', 'x-amzn-waf-action', 'x-vercel-mitigated']);
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 399 }), fc.array(header, { maxLength: 30 }), (statusCode, responseHeaders) => {
        const marked = responseHeaders.some((h) => BLOCK_MARKERS.has(h.name.toLowerCase()));
        const { failure } = classify({ url: 'https://a.example/', statusCode, responseHeaders });
        if (marked) expect(['none', 'block']).toContain(failure);
        else expect(failure).toBe('none');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads megabytes of page text and huge headers without choking', () => {
    const huge = 'Error code 522 cloudflare '.repeat(200_000); // ~5 MB
    const d = classify({
      url: 'https://shop.example/',
      statusCode: 500,
      responseHeaders: [{ name: 'server', value: 'cloudflare' }, { name: 'x-long', value: 'v'.repeat(1_000_000) }, { name: 'cf-ray', value: 'f'.repeat(1_000_000) }],
      title: 'ÿ'.repeat(1_000_000),
      bodyText: huge,
    });
    expectValid(d);
    expect(d.provider).toBe('cloudflare');
  });

  it('reads ten thousand headers', () => {
    const responseHeaders = Array.from({ length: 10_000 }, (_, i) => ({ name: i % 2 ? 'server' : `x-${i}`, value: 'cloudflare' }));
    expectValid(classify({ url: 'https://a.example/', statusCode: 502, responseHeaders }));
  });
});

describe('headers a rule reads on the failing path', () => {
  it('are read as HTTP reads them: any case, repeated names joined, values bounded', () => {
    // AWS's judge reads x-amzn-errortype; Vercel's reads x-vercel-error: given capitalised, repeated or huge.
    const d = classify({ url: 'https://x.example/', statusCode: 502, responseHeaders: [{ name: 'X-Vercel-Error', value: 'FUNCTION_INVOCATION_FAILED' }, { name: 'x-vercel-id', value: 'fra1::abcde-1700000000000-0123456789ab' }] });
    expect(d).toMatchObject({ provider: 'vercel', failure: 'origin', code: 'FUNCTION_INVOCATION_FAILED' });
    const twice = classify({ url: 'https://x.example/', statusCode: 502, responseHeaders: [{ name: 'x-vercel-error', value: 'NO_RESPONSE' }, { name: 'server', value: 'Vercel' }, { name: 'x-vercel-error', value: 'FROM_FUNCTION' }] });
    expect(twice.code).toBe('NO_RESPONSE, FROM_FUNCTION');
    const huge = classify({ url: 'https://x.example/', statusCode: 502, responseHeaders: [{ name: 'server', value: 'Vercel' }, { name: 'x-vercel-error', value: 'A'.repeat(100_000) }] });
    expectValid(huge);
    expect((huge.code ?? '').length).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('the catch-all itself', () => {
  it('turns a thrown error into a verdict that says so (what the checks above would catch)', () => {
    const broken = createClassifier({ lookupIp: () => { throw new Error('boom'); } });
    const d = broken({ url: 'https://x.example/', error: 'net::ERR_CONNECTION_RESET', ip: '203.0.113.9' });
    expect(d).toMatchObject({ provider: null, failure: 'unknown' });
    expect(d.evidence[0]).toMatch(CATCH_ALL);
  });
});
