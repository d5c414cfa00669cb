import { describe, expect, it } from 'vitest';
import { openStore, type FailureStore } from '../../src/store/failure-store';
import { failure, freshFactory, unavailableFactory } from './fake-indexeddb';

// Two tabs, two pages in tab 1, three providers (one of them none), two hosts, times 10..80.
const RECORDS = [
  failure('a', { time: 10, tabId: 1, pageId: 'p1', provider: 'cloudflare', host: 'shop.example' }),
  failure('b', { time: 20, tabId: 1, pageId: 'p1', provider: 'aws', host: 'cdn.example' }),
  failure('c', { time: 30, tabId: 1, pageId: 'p2', provider: 'cloudflare', host: 'shop.example' }),
  failure('d', { time: 40, tabId: 2, pageId: 'p1', provider: null, host: 'shop.example' }),
  failure('e', { time: 50, tabId: 2, pageId: 'p1', provider: 'cloudflare', host: 'cdn.example' }),
  failure('f', { time: 60, tabId: 1, pageId: 'p1', provider: 'aws', host: 'shop.example' }),
  failure('g', { time: 60, tabId: 1, pageId: 'p1', provider: 'cloudflare', host: 'shop.example' }),
  failure('h', { time: 80, tabId: 1, pageId: 'p2', provider: null, host: 'cdn.example' }),
];

const idsOf = (records: { id: string }[]) => records.map((record) => record.id).join('');

// The memory store (IndexedDB unavailable) must answer exactly as the IndexedDB one does.
const BACKENDS = { indexeddb: freshFactory, memory: unavailableFactory };

describe.each(Object.entries(BACKENDS))('queries (%s)', (mode, factory) => {
  async function filled(): Promise<FailureStore> {
    const store = await openStore({ indexedDB: factory() });
    expect(store.status().mode).toBe(mode);
    // Written in a shuffled order: the results' order must come from the indexes, not from insertion.
    await Promise.all([5, 2, 7, 0, 3, 6, 1, 4].map((i) => store.record(RECORDS[i]!)));
    return store;
  }

  it('forPage: this tab and page only, oldest first', async () => {
    const store = await filled();
    expect(idsOf(await store.forPage(1, 'p1'))).toBe('abfg');
    expect(idsOf(await store.forPage(1, 'p2'))).toBe('ch');
    expect(idsOf(await store.forPage(2, 'p1'))).toBe('de');
    expect(await store.forPage(3, 'p1')).toEqual([]);
    store.close();
  });

  it('recent: everything newest first, equal times in a stable order', async () => {
    const store = await filled();
    expect(idsOf(await store.recent())).toBe('hgfedcba');
    expect(idsOf(await store.recent({ limit: 3 }))).toBe('hgf');
    expect(idsOf(await store.recent({ since: 50 }))).toBe('hgfe');
    expect(await store.recent({ limit: 0 })).toEqual([]);
    store.close();
  });

  it('recent: by provider (null for none recognised), host, since and limit together', async () => {
    const store = await filled();
    expect(idsOf(await store.recent({ provider: 'cloudflare' }))).toBe('geca');
    expect(idsOf(await store.recent({ provider: 'aws' }))).toBe('fb');
    expect(idsOf(await store.recent({ provider: null }))).toBe('hd');
    expect(idsOf(await store.recent({ provider: 'fastly' }))).toBe('');
    expect(idsOf(await store.recent({ host: 'cdn.example' }))).toBe('heb');
    expect(idsOf(await store.recent({ provider: 'cloudflare', host: 'shop.example' }))).toBe('gca');
    expect(idsOf(await store.recent({ provider: 'cloudflare', since: 30, limit: 2 }))).toBe('ge');
    expect(idsOf(await store.recent({ host: 'shop.example', since: 20, limit: 3 }))).toBe('gfd');
    store.close();
  });

  it('count, and a record written again replaces the earlier one', async () => {
    const store = await filled();
    expect(await store.count()).toBe(RECORDS.length);
    await store.record({ ...RECORDS[0]!, time: 90 });
    expect(await store.count()).toBe(RECORDS.length);
    expect(idsOf(await store.recent({ limit: 1 }))).toBe('a');
    store.close();
  });
});
