import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outages } from '../../collector/outages/query-outages';
import { harness, type Harness } from './app-harness';
import { fromSenders, NOW_WINDOW, report } from './reports';
import { STORE_CASES } from './stores';

const DAY = 86_400;

// The first GET of each test loads a read worker: seconds on a busy machine.
describe.each(STORE_CASES)('GET /v1/outages ($name)', { timeout: 30_000 }, (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(kind);
  });
  afterEach(async () => {
    await h.close();
  });
  const outages = async (query = ''): Promise<{ status: number; body: Outages; text: string }> => {
    const res = await h.app.inject({ method: 'GET', url: `/v1/outages${query}` });
    return { status: res.statusCode, body: res.json(), text: res.body };
  };

  it('never shows a bucket with fewer than k distinct senders', async () => {
    const ip = (n: number): string => `198.51.100.${n}`;
    for (let i = 1; i <= 5; i++) await h.send([report({ provider: 'cloudflare', domain: 'shop.com' })], ip(i));
    for (let i = 6; i <= 9; i++) await h.send([report({ provider: 'aws', service: 's3', domain: 'rare.com' })], ip(i));
    for (let i = 10; i <= 14; i++) await h.send([report({ provider: 'cloudflare', domain: `solo${i}.com` })], ip(i));
    await h.send(Array.from({ length: 400 }, () => report({ provider: 'cloudflare', domain: 'loud.com' })), ip(15));
    const { status, body, text } = await outages('?hours=1&by=domain');
    expect(status).toBe(200);
    expect(body.k).toBe(5);
    expect(body.providers.map((p) => [p.provider, p.windows.map((w) => w.reports)])).toEqual([['cloudflare', [11]]]);
    expect(body.buckets).toEqual([{ provider: 'cloudflare', window: NOW_WINDOW, domain: 'shop.com', reports: 5 }]);
    for (const secret of ['aws', 'rare.com', 's3', 'solo10.com', 'loud.com']) expect(text).not.toContain(secret);
    const coarse = await outages('?hours=1&by=');
    expect(coarse.body.buckets).toEqual([{ provider: 'cloudflare', window: NOW_WINDOW, reports: 11 }]);
  });

  it('refuses unknown or malformed query parameters', async () => {
    for (const query of ['?hours=0', '?hours=169', '?hours=abc', '?by=ip', '?by=domain,url', '?hours=24&extra=1']) {
      const { status, body } = await outages(query);
      expect(status, query).toBe(400);
      expect(body).toMatchObject({ error: 'invalid-request' });
    }
  });

  it('flags an outage against recent hours while history is short', async () => {
    // fastly: a steady 6 reports per window for the last 6 hours; cloudflare: silent.
    for (let w = NOW_WINDOW - 6 * 3600; w < NOW_WINDOW; w += 300) await fromSenders(h.store, 6, report({ provider: 'fastly', window: w }));
    await fromSenders(h.store, 8, report({ provider: 'fastly' }));
    await fromSenders(h.store, 6, report({ provider: 'cloudflare' }));
    const now = (await outages('?hours=1&by=')).body;
    const last = (provider: string) => now.providers.find((p) => p.provider === provider)?.windows.at(-1);
    expect(last('fastly')).toMatchObject({ window: NOW_WINDOW, reports: 8, baseline: 6, basis: 'recent-hours', outage: false });
    expect(last('cloudflare')).toMatchObject({ reports: 6, baseline: 0, outage: true });
    expect(now.providers[0]).toMatchObject({ provider: 'cloudflare', outageNow: true });

    await fromSenders(h.store, 22, report({ provider: 'fastly' }), 'more');
    h.clock.now += 5_000; // past the read cache
    const later = (await outages('?hours=1&by=')).body;
    expect(later.providers.find((p) => p.provider === 'fastly')?.windows.at(-1)).toMatchObject({ reports: 30, outage: true });
  });

  it("flags nothing in the collector's first hour: there is no baseline yet", async () => {
    await fromSenders(h.store, 3, report({ provider: 'aws', window: NOW_WINDOW - 3300 })); // the first ever received
    await fromSenders(h.store, 50, report({ provider: 'cloudflare' }));
    const { body } = await outages('?hours=2&by=');
    expect(body.providers.find((p) => p.provider === 'cloudflare')?.windows).toEqual([{ window: NOW_WINDOW, reports: 50, baseline: 0, basis: 'none', outage: false }]);
    h.clock.now += 300_000; // an hour after the first report
    await fromSenders(h.store, 50, report({ provider: 'cloudflare', window: NOW_WINDOW + 300 }));
    const later = (await outages('?hours=2&by=')).body;
    expect(later.providers.find((p) => p.provider === 'cloudflare')?.windows.at(-1)).toMatchObject({ basis: 'recent-hours', outage: true });
  });

  it('compares with the same hour of day once there are 3 days of history', async () => {
    // Four days of a daily peak: 20 reports a window around this time of day, 2 a window 6 hours earlier.
    for (let d = 4; d >= 1; d--) { // oldest first: the collector's start is when it first received a report
      for (let w = NOW_WINDOW - d * DAY - 1800; w < NOW_WINDOW - d * DAY + 1800; w += 300) await fromSenders(h.store, 20, report({ provider: 'fastly', window: w }));
      for (let w = NOW_WINDOW - d * DAY - 6 * 3600 - 1800; w < NOW_WINDOW - d * DAY - 6 * 3600 + 1800; w += 300) await fromSenders(h.store, 2, report({ provider: 'fastly', window: w }));
    }
    await fromSenders(h.store, 25, report({ provider: 'fastly' })); // the usual peak: no outage
    await fromSenders(h.store, 25, report({ provider: 'fastly', window: NOW_WINDOW - 6 * 3600 })); // far above that hour's usual 2
    const { body } = await outages('?hours=7&by=');
    const fastly = body.providers.find((p) => p.provider === 'fastly');
    expect(fastly?.windows.find((w) => w.window === NOW_WINDOW)).toMatchObject({ reports: 25, baseline: 20, basis: 'hour-of-day', outage: false });
    expect(fastly?.windows.find((w) => w.window === NOW_WINDOW - 6 * 3600)).toMatchObject({ reports: 25, baseline: 2, basis: 'hour-of-day', outage: true });
    expect(fastly?.outageNow).toBe(false);
    expect(body.baseline).toMatch(/same hour of day/);
  });
});
