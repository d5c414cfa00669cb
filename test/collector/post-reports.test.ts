import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from './app-harness';
import { distinctReports, NOW_WINDOW, report } from './reports';
import { STORE_CASES } from './stores';

describe.each(STORE_CASES)('POST /v1/reports ($name)', (kind) => {
  // One database for the file (a fresh PostgreSQL database per test costs a third of a second); each
  // test writes its own window or checks that the total did not move.
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => {
    await h.close();
  });

  it('stores a valid batch and counts every report', async () => {
    const reports = [...distinctReports(3, 'a'), report(), report(), report({ pop: undefined, domain: undefined, service: undefined, status: 'timeout' })];
    const res = await h.post({ reports });
    expect(res).toEqual({ status: 200, json: { stored: 6, refused: [] } });
    expect(await h.store.total()).toBe(6);
    const byDomain = await h.store.buckets(NOW_WINDOW, NOW_WINDOW + 300, ['domain']);
    expect(byDomain).toEqual([
      { provider: 'cloudflare', window: NOW_WINDOW, reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a0.com', reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a1.com', reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a2.com', reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'example.com', reports: 1 }, // two reports, one sender
    ]);
    expect(await h.store.firstWindow()).toBe(NOW_WINDOW);
  });

  it('accepts a JSON content type with a charset and a batch of exactly 100', async () => {
    const before = await h.store.total();
    const res = await h.post({ reports: distinctReports(100, 'c', { window: NOW_WINDOW - 300 }) }, { 'content-type': 'application/json; charset=utf-8' });
    expect(res).toEqual({ status: 200, json: { stored: 100, refused: [] } });
    expect(await h.store.total()).toBe(before + 100);
  });

  const ok = report();
  const nest = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
  const hostile: [string, string | object, number, string, Record<string, string>?][] = [
    ['malformed JSON', '{"reports":[{"window":', 400, 'malformed-json'],
    ['an empty body', '', 400, 'malformed-json'],
    ['a JSON string, not a batch', '"hello"', 400, 'invalid-batch'],
    ['an unknown top-level field', { reports: [ok], installId: 'abc' }, 400, 'invalid-batch'],
    ['a report that is not an object', { reports: [ok, 'cloudflare'] }, 400, 'invalid-batch'],
    ['an empty batch', { reports: [] }, 400, 'invalid-batch'],
    ['a batch of 101', { reports: distinctReports(101, 'x') }, 400, 'invalid-batch'],
    ['a body over 64 KiB', { reports: [ok], pad: 'x'.repeat(70_000) }, 413, 'body-too-large'],
    ['deeply nested JSON', `{"reports":${nest(30_000)}}`, 400, 'invalid-batch'],
    ['deeply nested JSON in an extra field', `{"reports":[${JSON.stringify(ok)}],"x":${nest(30_000)}}`, 400, 'invalid-batch'],
    ['a __proto__ key', `{"reports":[${JSON.stringify(ok)}],"__proto__":{"polluted":1}}`, 400, 'malformed-json'],
    ['text/plain', JSON.stringify({ reports: [ok] }), 415, 'unsupported-media-type', { 'content-type': 'text/plain' }],
    ['a form', 'reports=1', 415, 'unsupported-media-type', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['no content type', JSON.stringify({ reports: [ok] }), 415, 'unsupported-media-type', {}],
  ];

  it.each(hostile)('refuses %s with a clear 4xx and stores nothing', async (_name, body, status, error, headers) => {
    const before = await h.store.total();
    const res = await h.post(body, headers);
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ statusCode: status, error });
    expect(String(res.json.message).length).toBeGreaterThan(5);
    expect(await h.store.total()).toBe(before);
  });

  const refusedReports: [string, object, string][] = [
    ['an extra field in a report', { ...ok, url: 'https://example.com/private?q=1' }, 'invalid-report'],
    ['a missing field', { ...ok, version: undefined }, 'invalid-report'],
    ['a number as a string', { ...ok, status: '500' }, 'invalid-report'],
    ['a string where a number goes', { ...ok, window: 'now' }, 'invalid-report'],
    ['a float window', { ...ok, window: NOW_WINDOW + 0.5 }, 'invalid-report'],
    ['an exact time, not a window start', { ...ok, window: NOW_WINDOW + 17 }, 'invalid-report'],
    ['a failure class that is not an outage', { ...ok, failure: 'block' }, 'invalid-report'],
    ['an unknown network-error class', { ...ok, status: 'net::ERR_CONNECTION_RESET' }, 'invalid-report'],
    ['a status out of range', { ...ok, status: 999 }, 'invalid-report'],
    ['a huge string', { ...ok, provider: 'a'.repeat(40_000) }, 'invalid-report'],
    ['an uppercase provider', { ...ok, provider: 'Cloudflare' }, 'invalid-report'],
    ['a URL as the domain', { ...ok, domain: 'https://example.com/path' }, 'invalid-report'],
    ['an IPv4 address as the domain', { ...ok, domain: '203.0.113.9' }, 'invalid-report'],
    ['an IPv6 address as the domain', { ...ok, domain: '2001:db8::1' }, 'invalid-report'],
    ['an IP address as the edge location', { ...ok, pop: '10.0.0.1' }, 'invalid-report'],
    ['a URL as the service', { ...ok, service: 'http://x' }, 'invalid-report'],
    ['a deeply nested report', JSON.parse(`{"a":${nest(1_000)}}`) as object, 'invalid-report'],
    ['a provider Detour does not know', { ...ok, provider: 'my-own-cdn' }, 'unknown-provider'],
    ['a subdomain as the domain', { ...ok, domain: 'alice.example.com' }, 'not-registrable-domain'],
    ['a bare public suffix as the domain', { ...ok, domain: 'co.uk' }, 'not-registrable-domain'],
    ['the next window', { ...ok, window: NOW_WINDOW + 300 }, 'future-window'],
    ['a window an hour ahead', { ...ok, window: NOW_WINDOW + 3600 }, 'future-window'],
    ['the window before the previous one', { ...ok, window: NOW_WINDOW - 600 }, 'stale-window'],
    ['a window weeks old', { ...ok, window: NOW_WINDOW - 30 * 86_400 }, 'stale-window'],
  ];

  it.each(refusedReports)('refuses %s alone, names it and why, and stores the good reports beside it', async (_name, bad, reason) => {
    const before = await h.store.total();
    const res = await h.post({ reports: [report({ domain: 'good1.com' }), bad, report({ domain: 'good2.com', window: NOW_WINDOW - 300 })] });
    expect(res).toEqual({ status: 200, json: { stored: 2, refused: [{ index: 1, reason }] } });
    expect(await h.store.total()).toBe(before + 2);
  });

  it('answers 200 with every report refused when none is good, and stores nothing', async () => {
    const before = await h.store.total();
    const res = await h.post({ reports: [{ ...ok, provider: 'nobody' }, { ...ok, window: NOW_WINDOW - 3600 }] });
    expect(res).toEqual({ status: 200, json: { stored: 0, refused: [{ index: 0, reason: 'unknown-provider' }, { index: 1, reason: 'stale-window' }] } });
    expect(await h.store.total()).toBe(before);
  });

  it('answers unknown routes and methods with JSON 404s', async () => {
    const res = await h.app.inject({ method: 'PUT', url: '/v1/reports' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
  });
});
