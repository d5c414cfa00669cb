// The history view's queries: site (host or registrable domain) and provider filters, paging with a cursor,
// hourly counts per provider, the providers stored — alike over IndexedDB and memory; and the version 3
// upgrade, whose keys the failures stored before it get afterwards.
import { setImmediate as nextTask } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, openStore, type FailureStore, type RecentQuery } from '../../src/store/failure-store';
import { BACKFILL_BATCH } from '../../src/store/backfill-filter-keys';
import { FILTER_KEYS_PENDING, MIGRATIONS, type FailureRecord, type StoredFailure } from '../../src/store/schema';
import { failure, freshFactory, unavailableFactory } from './fake-indexeddb';

const T = 1_763_700_000_000 - (1_763_700_000_000 % HOUR_MS); // an hour boundary

const RECORDS = [
  failure('a', { time: T + 10, provider: 'cloudflare', host: 'shop.example.com' }),
  failure('b', { time: T + 20, provider: 'aws', host: 'cdn.example.com' }),
  failure('c', { time: T + 30, provider: 'cloudflare', host: 'example.com' }),
  failure('d', { time: T + 40, provider: null, host: 'shop.example.com' }),
  failure('e', { time: T + 50, provider: 'cloudflare', host: 'a.other.co.uk' }),
  failure('f', { time: T + 60, provider: 'aws', host: 'shop.example.com' }),
  failure('g', { time: T + 60, provider: 'cloudflare', host: 'shop.example.com' }),
  failure('h', { time: T + 60, provider: 'cloudflare', host: 'b.other.co.uk' }),
  failure('i', { time: T + HOUR_MS + 5, provider: 'cloudflare', host: '192.0.2.7' }),
  failure('j', { time: T + 3 * HOUR_MS, provider: 'fastly', host: 'shop.example.com' }),
];

const idsOf = (records: { id: string }[]) => records.map((record) => record.id).join('');
const BACKENDS = { indexeddb: freshFactory, memory: unavailableFactory };

describe.each(Object.entries(BACKENDS))('history queries (%s)', (mode, factory) => {
  async function filled(): Promise<FailureStore> {
    const store = await openStore({ indexedDB: factory() });
    expect(store.status().mode).toBe(mode);
    await Promise.all([5, 2, 9, 7, 0, 3, 8, 6, 1, 4].map((i) => store.record(RECORDS[i]!)));
    return store;
  }

  it('site: a registrable domain means all its hosts, a host only itself; a URL is read for its host', async () => {
    const store = await filled();
    const site = async (query: RecentQuery) => idsOf(await store.recent(query));
    expect(await site({ site: 'example.com' })).toBe('jgfdcba');
    expect(await site({ site: 'shop.example.com' })).toBe('jgfda');
    expect(await site({ site: ' Shop.Example.COM. ' })).toBe('jgfda');
    expect(await site({ site: 'https://shop.example.com/cart?x=1' })).toBe('jgfda');
    expect(await site({ site: 'other.co.uk' })).toBe('he');
    expect(await site({ site: 'co.uk' })).toBe(''); // a public suffix is no site of its own
    expect(await site({ site: '192.0.2.7' })).toBe('i');
    expect(await site({ site: 'nothing.example' })).toBe('');
    expect(await site({ site: '<script>' })).toBe('');
    expect(await site({ site: '' })).toBe('');
    store.close();
  });

  it('site and provider together, null provider included, with since and limit', async () => {
    const store = await filled();
    const ids = async (query: RecentQuery) => idsOf(await store.recent(query));
    expect(await ids({ site: 'example.com', provider: 'cloudflare' })).toBe('gca');
    expect(await ids({ site: 'shop.example.com', provider: 'cloudflare' })).toBe('ga');
    expect(await ids({ site: 'example.com', provider: null })).toBe('d');
    expect(await ids({ site: 'example.com', provider: 'aws', limit: 1 })).toBe('f');
    expect(await ids({ site: 'example.com', since: T + 40 })).toBe('jgfd');
    store.close();
  });

  it('pages: before a cursor, ties at the same time split by id, nothing skipped or repeated', async () => {
    const store = await filled();
    for (const filter of [{}, { provider: 'cloudflare' }, { site: 'example.com' }, { site: 'shop.example.com', provider: 'cloudflare' }]) {
      const all = idsOf(await store.recent(filter));
      let paged = '';
      let before: RecentQuery['before'];
      for (let page = 0; page < 20; page++) {
        const records = await store.recent({ ...filter, before, limit: 2 });
        if (records.length === 0) break;
        paged += idsOf(records);
        const last = records.at(-1)!;
        before = { time: last.time, id: last.id };
      }
      expect(paged, JSON.stringify(filter)).toBe(all);
    }
    expect(idsOf(await store.recent({ before: { time: T + 60, id: 'g' } }))).toBe('fedcba');
    expect(idsOf(await store.recent({ before: { time: T + 60, id: 'g' }, limit: 2 }))).toBe('fe');
    store.close();
  });

  it('hourly counts per provider, most failures first, none recognised included', async () => {
    const store = await filled();
    expect(await store.hourlyCounts(T, 4)).toEqual([
      { provider: 'cloudflare', counts: [5, 1, 0, 0] },
      { provider: 'aws', counts: [2, 0, 0, 0] },
      { provider: 'fastly', counts: [0, 0, 0, 1] },
      { provider: null, counts: [1, 0, 0, 0] },
    ]);
    // The span's ends: [start, start + hours) — record i sits in the second hour, j in the fourth.
    expect(await store.hourlyCounts(T + HOUR_MS, 2)).toEqual([{ provider: 'cloudflare', counts: [1, 0] }]);
    expect(await store.hourlyCounts(T + 4 * HOUR_MS, 24)).toEqual([]);
    store.close();
  });

  it('providers: every one stored, sorted, none recognised last; nothing after clear', async () => {
    const store = await filled();
    expect(await store.providers()).toEqual(['aws', 'cloudflare', 'fastly', null]);
    await store.clear();
    expect(await store.providers()).toEqual([]);
    expect(await store.hourlyCounts(T, 24)).toEqual([]);
    expect(await store.count()).toBe(0);
    store.close();
  });
});

describe('version 3 upgrade', () => {
  /** A database as version 2 left it: failures with providerKey and no filterKeys. */
  async function version2With(records: FailureRecord[]): Promise<IDBFactory> {
    const indexedDB = freshFactory();
    (await openStore({ indexedDB, migrations: MIGRATIONS.slice(0, 2) })).close();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('detour', 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('failures', 'readwrite');
    for (const record of records) tx.objectStore('failures').put({ ...record, providerKey: record.provider ?? '' } satisfies StoredFailure);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return indexedDB;
  }

  /** Resolves once no failure lacks its filter keys (the backfill runs after the store opens). */
  async function backfilled(store: FailureStore): Promise<void> {
    for (let i = 0; i < 1_000 && (await store.getMeta(FILTER_KEYS_PENDING)) !== false; i++) await nextTask();
    expect(await store.getMeta(FILTER_KEYS_PENDING)).toBe(false);
  }

  const older = Array.from({ length: 2 * BACKFILL_BATCH + 7 }, (_, i) => failure(`old${i}`, { time: T - 1_000 - i, host: `www.site${i % 9}.example` }));

  it('gives the failures stored before it their keys after it, batch by batch, so the site filter finds them', async () => {
    const store = await openStore({ indexedDB: await version2With([...RECORDS, ...older]) });
    expect(store.status()).toEqual({ mode: 'indexeddb' });
    await backfilled(store);
    expect(idsOf(await store.recent({ site: 'example.com', provider: 'cloudflare' }))).toBe('gca');
    expect(idsOf(await store.recent({ site: 'other.co.uk' }))).toBe('he');
    expect(await store.recent({ site: 'site3.example' })).toHaveLength(older.filter((r) => r.host === 'www.site3.example').length);
    expect(await store.recent({ site: 'example.com', limit: 1 })).toEqual([RECORDS[9]]); // no stored keys leak out
    store.close();
  });

  it('a backfill cut short goes on at the next open', async () => {
    const indexedDB = await version2With(older);
    (await openStore({ indexedDB })).close(); // closed at once: at most its first batch is written
    const again = await openStore({ indexedDB });
    await backfilled(again);
    expect(await again.recent({ site: 'site0.example' })).toHaveLength(older.filter((r) => r.host === 'www.site0.example').length);
    again.close();
  });

  it('a database created at version 3 has nothing to backfill', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    expect(await store.getMeta(FILTER_KEYS_PENDING)).toBeUndefined();
    store.close();
  });
});
