// k-anonymity counts people: a bucket is published only when k distinct senders (keyed hashes of client
// addresses) reported it, however many reports one of them sent; the hashes last only while the window
// is open.
import pg from 'pg';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outages } from '../../collector/outages/query-outages';
import { harness, type Harness } from './app-harness';
import { NOW, NOW_WINDOW, report } from './reports';
import { STORE_CASES } from './stores';

async function rows(location: { databaseUrl?: string; sqlitePath: string }, sql: string): Promise<Record<string, unknown>[]> {
  if (location.databaseUrl === undefined) {
    const db = new Database(location.sqlitePath, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe.each(STORE_CASES)('distinct senders ($name)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(kind);
  });
  afterEach(async () => {
    await h.close();
  });
  const outages = async (query: string): Promise<Outages> => (await h.app.inject({ method: 'GET', url: `/v1/outages${query}` })).json();

  it('one address sending 10,000 reports for a bucket counts once and publishes nothing', async () => {
    const flood = Array.from({ length: 10_000 }, () => report({ domain: 'target.com' }));
    await h.send(flood, '203.0.113.66');
    expect(await h.store.total()).toBe(10_000); // every report is stored…
    const answer = await outages('?hours=1&by=domain');
    expect(answer.buckets).toEqual([]); // …but one person is under k
    expect(answer.providers).toEqual([]);
    expect(await h.store.buckets(NOW_WINDOW, NOW_WINDOW + 300, ['domain'])).toEqual([{ provider: 'cloudflare', window: NOW_WINDOW, domain: 'target.com', reports: 1 }]);
  });

  it('publishes a bucket once k distinct addresses reported it, with the count of people', async () => {
    for (let i = 1; i <= 4; i++) await h.send([report(), report(), report()], `198.51.100.${i}`);
    expect((await outages('?hours=1&by=')).buckets).toEqual([]);
    await h.send([report()], '2001:db8:7:7::1');
    await h.send([report()], '2001:db8:7:7::2'); // the same /64: the same sender
    h.clock.now += 5_000; // past the read cache
    expect((await outages('?hours=1&by=')).buckets).toEqual([{ provider: 'cloudflare', window: NOW_WINDOW, reports: 5 }]);
  });

  it('counts senders by the window they reported, and records when the collector first received a report', async () => {
    h.clock.now = NOW + 300_000; // the next window: the previous one is still taken
    for (let i = 1; i <= 5; i++) await h.send([report({ window: NOW_WINDOW })], `198.51.100.${i}`);
    expect(await h.store.firstWindow()).toBe(NOW_WINDOW + 300); // received then, whatever the reports said
    expect((await outages('?hours=1&by=')).buckets).toEqual([{ provider: 'cloudflare', window: NOW_WINDOW, reports: 5 }]);
  });
});

describe.each(STORE_CASES)('closing a window ($name)', (kind) => {
  it('keeps the counts of distinct senders for every choice of dimensions and deletes the sender hashes', async () => {
    const h = await harness(kind);
    try {
      const senders = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5', '198.51.100.6'];
      for (const [i, from] of senders.entries()) {
        await h.send([report({ domain: 'a.com', pop: i < 3 ? 'FRA' : 'LHR' }), report({ domain: i < 5 ? 'b.com' : 'c.com', service: 'pages' })], from);
      }
      const dimensionChoices = [[], ['domain'], ['pop'], ['service', 'failure'], ['service', 'failure', 'pop', 'domain']] as const;
      const before = await Promise.all(dimensionChoices.map((dims) => h.store.buckets(NOW_WINDOW - 3600, NOW_WINDOW + 300, dims)));
      expect(before[0]).toEqual([{ provider: 'cloudflare', window: NOW_WINDOW, reports: 6 }]);
      expect(before[1]).toEqual([
        { provider: 'cloudflare', window: NOW_WINDOW, domain: 'a.com', reports: 6 },
        { provider: 'cloudflare', window: NOW_WINDOW, domain: 'b.com', reports: 5 },
        { provider: 'cloudflare', window: NOW_WINDOW, domain: 'c.com', reports: 1 },
      ]);

      const stored = (table: string) => rows(h.location, `SELECT * FROM ${table}`);
      expect((await stored('report_senders')).length).toBe(12);
      await h.store.closeWindows(NOW + 300_000); // the window is still taken: nothing closes
      expect((await stored('report_senders')).length).toBe(12);
      expect(await stored('sender_counts')).toEqual([]);
      await h.store.closeWindows(NOW + 660_000); // two windows later, past the grace
      expect(await stored('report_senders')).toEqual([]);
      expect(JSON.stringify(await stored('sender_counts'))).not.toMatch(/sender"|[A-Za-z0-9_-]{43}/); // counts, no hashes
      const after = await Promise.all(dimensionChoices.map((dims) => h.store.buckets(NOW_WINDOW - 3600, NOW_WINDOW + 300, dims)));
      expect(after).toEqual(before);
      expect(await h.store.buckets(NOW_WINDOW, NOW_WINDOW + 300, ['domain'], 5)).toEqual(before[1]?.slice(0, 2));
      await h.store.closeWindows(NOW + 900_000); // closing again changes nothing
      expect(await h.store.buckets(NOW_WINDOW, NOW_WINDOW + 300, ['domain'])).toEqual(before[1]);
    } finally {
      await h.close();
    }
  });
});
