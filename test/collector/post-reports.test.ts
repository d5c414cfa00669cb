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
    expect(res).toEqual({ status: 200, json: { stored: 6 } });
    expect(await h.store.total()).toBe(6);
    const byDomain = await h.store.buckets(NOW_WINDOW, NOW_WINDOW + 300, ['domain']);
    expect(byDomain).toEqual([
      { provider: 'cloudflare', window: NOW_WINDOW, reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a0.com', reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a1.com', reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a2.com', reports: 1 },
      { provider: 'cloudflare', window: NOW_WINDOW, domain: 'example.com', reports: 2 },
    ]);
    expect(await h.store.firstWindow()).toBe(NOW_WINDOW);
  });

  it('accepts a JSON content type with a charset and a batch of exactly 100', async () => {
    const before = await h.store.total();
    const res = await h.post({ reports: distinctReports(100, 'c', { window: NOW_WINDOW - 300 }) }, { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
    expect(await h.store.total()).toBe(before + 100);
  });

  const ok = report();
  const nest = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
  const hostile: [string, string | object, number, string, Record<string, string>?][] = [
    ['malformed JSON', '{"reports":[{"window":', 400, 'malformed-json'],
    ['an empty body', '', 400, 'malformed-json'],
    ['a JSON string, not a batch', '"hello"', 400, 'invalid-batch'],
    ['an unknown top-level field', { reports: [ok], installId: 'abc' }, 400, 'invalid-batch'],
    ['an extra field in a report', { reports: [{ ...ok, url: 'https://example.com/private?q=1' }] }, 400, 'invalid-batch'],
    ['a missing field', { reports: [{ ...ok, version: undefined }] }, 400, 'invalid-batch'],
    ['a number as a string', { reports: [{ ...ok, status: '500' }] }, 400, 'invalid-batch'],
    ['a string where a number goes', { reports: [{ ...ok, window: 'now' }] }, 400, 'invalid-batch'],
    ['a float window', { reports: [{ ...ok, window: NOW_WINDOW + 0.5 }] }, 400, 'invalid-batch'],
    ['an exact time, not a window start', { reports: [{ ...ok, window: NOW_WINDOW + 17 }] }, 400, 'invalid-batch'],
    ['a failure class that is not an outage', { reports: [{ ...ok, failure: 'block' }] }, 400, 'invalid-batch'],
    ['an unknown network-error class', { reports: [{ ...ok, status: 'net::ERR_CONNECTION_RESET' }] }, 400, 'invalid-batch'],
    ['a status out of range', { reports: [{ ...ok, status: 999 }] }, 400, 'invalid-batch'],
    ['a huge string', { reports: [{ ...ok, provider: 'a'.repeat(40_000) }] }, 400, 'invalid-batch'],
    ['an uppercase provider', { reports: [{ ...ok, provider: 'Cloudflare' }] }, 400, 'invalid-batch'],
    ['a URL as the domain', { reports: [{ ...ok, domain: 'https://example.com/path' }] }, 400, 'invalid-batch'],
    ['an IPv4 address as the domain', { reports: [{ ...ok, domain: '203.0.113.9' }] }, 400, 'invalid-batch'],
    ['an IPv6 address as the domain', { reports: [{ ...ok, domain: '2001:db8::1' }] }, 400, 'invalid-batch'],
    ['an IP address as the edge location', { reports: [{ ...ok, pop: '10.0.0.1' }] }, 400, 'invalid-batch'],
    ['a URL as the service', { reports: [{ ...ok, service: 'http://x' }] }, 400, 'invalid-batch'],
    ['a subdomain as the domain', { reports: [{ ...ok, domain: 'alice.example.com' }] }, 422, 'rejected-report'],
    ['a bare public suffix as the domain', { reports: [{ ...ok, domain: 'co.uk' }] }, 422, 'rejected-report'],
    ['a window in the future', { reports: [{ ...ok, window: NOW_WINDOW + 3600 }] }, 422, 'rejected-report'],
    ['a window weeks old', { reports: [{ ...ok, window: NOW_WINDOW - 30 * 86_400 }] }, 422, 'rejected-report'],
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

  it('refuses the whole batch when one report is bad', async () => {
    const before = await h.store.total();
    const res = await h.post({ reports: [...distinctReports(5, 'g'), { ...ok, extra: true }] });
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/reports\/5/);
    expect(await h.store.total()).toBe(before);
  });

  it('answers unknown routes and methods with JSON 404s', async () => {
    const res = await h.app.inject({ method: 'PUT', url: '/v1/reports' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
  });
});
