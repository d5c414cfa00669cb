import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type StoreStatus } from '../../src/store/failure-store';
import { MIGRATIONS } from '../../src/store/schema';
import { failure, freshFactory, instrumentedFactory, unavailableFactory, type Breakage } from './fake-indexeddb';
import store from '../../src/locales/en/store.json';
import { useCatalogs } from '../../src/shared/i18n';
import { say } from '../../src/shared/say';

beforeAll(() => useCatalogs(store));

/** The status's problem as the popup words it. */
const problemOf = (status: StoreStatus) => (status.problem === undefined ? undefined : say(status.problem));

const idsOf = (records: { id: string }[]) => records.map((record) => record.id).sort().join(' ');

function statusLog() {
  const seen: StoreStatus[] = [];
  let wake = () => {};
  return {
    seen,
    onStatus(status: StoreStatus) {
      seen.push(status);
      wake();
    },
    /** Resolves when a status matching `test` has been reported. */
    until(test: (status: StoreStatus) => boolean): Promise<void> {
      if (seen.some(test)) return Promise.resolve();
      return new Promise((resolve) => (wake = () => seen.some(test) && resolve()));
    },
  };
}

describe('IndexedDB unavailable: the memory store', () => {
  it('is used when open() throws (Firefox private windows), and says so', async () => {
    const log = statusLog();
    const store = await openStore({ indexedDB: unavailableFactory(), onStatus: log.onStatus });
    expect(store.status().mode).toBe('memory');
    expect(problemOf(store.status())).toMatch(/^IndexedDB is not available \(InvalidStateError, as in a Firefox private window\)/);
    expect(problemOf(store.status())).toContain('up to 5,000 failures in memory only, oldest dropped first');
    expect(log.seen).toEqual([store.status()]);
    await store.record(failure('a'));
    expect(await store.count()).toBe(1);
  });

  it('is used when there is no indexedDB at all', async () => {
    const store = await openStore(); // Node has no globalThis.indexedDB
    expect(store.status().mode).toBe('memory');
    expect(problemOf(store.status())).toContain('this context has no indexedDB');
  });

  it('is used when opening fails later, in the upgrade', async () => {
    const broken = () => {
      throw new Error('migration bug');
    };
    const store = await openStore({ indexedDB: freshFactory(), migrations: [...MIGRATIONS, broken] });
    expect(store.status().mode).toBe('memory');
  });

  it('keeps at most memoryCap failures, dropping the oldest recorded first', async () => {
    const store = await openStore({ indexedDB: unavailableFactory(), memoryCap: 3 });
    expect(problemOf(store.status())).toContain('up to 3 failures');
    for (const id of ['a', 'b', 'c', 'd', 'e']) await store.record(failure(id));
    expect(idsOf(await store.recent())).toBe('c d e');
    await store.setPage({ tabId: 1, pageId: 'p', url: 'https://x.example/', start: 1 });
    expect(await store.getPage(1)).toEqual({ tabId: 1, pageId: 'p', url: 'https://x.example/', start: 1 });
    expect(await store.prune({ maxAgeMs: 0, maxCount: 10, now: 1_001 })).toBe(3);
  });
});

describe('a failed write keeps its records in memory, and saves them with the next write', () => {
  async function breakingStore(breakage: (n: number) => Breakage) {
    const factory = instrumentedFactory(breakage);
    const log = statusLog();
    const store = await openStore({ indexedDB: factory.indexedDB, onStatus: log.onStatus });
    return { factory, log, store };
  }

  it('quota exceeded on put: callers resolve, reads see the records, the status says storage is full', async () => {
    const { factory, log, store } = await breakingStore((n) => (n === 1 ? 'quota-on-put' : undefined));
    await Promise.all(['a', 'b', 'c'].map((id, i) => store.record(failure(id, { time: i }))));
    expect(problemOf(store.status())).toMatch(/^storage is full: 3 failures not yet saved are kept in memory/);
    expect(idsOf(await store.forPage(1, '1-1000'))).toBe('a b c');
    expect(idsOf(await store.recent({ provider: 'cloudflare', limit: 5 }))).toBe('a b c');
    expect(await store.count()).toBe(3);

    await store.record(failure('d', { time: 3 })); // the next write succeeds, and carries the kept ones
    expect(store.status()).toEqual({ mode: 'indexeddb' });
    expect(log.seen.map((status) => problemOf(status)?.slice(0, 16))).toEqual(['storage is full:', undefined]);
    store.close();
    const again = await openStore({ indexedDB: factory.indexedDB });
    expect(idsOf(await again.recent())).toBe('a b c d');
    again.close();
  });

  it('quota exceeded on commit: prunes the oldest tenth once, then retries without waiting for another record', async () => {
    const { factory, log, store } = await breakingStore((n) => (n === 2 ? 'quota-on-commit' : undefined));
    const now = Date.now(); // the pruning that makes room keeps the retention's age limit, from the clock
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.record(failure(`old${String(i).padStart(3, '0')}`, { time: now - 1_000 + i }))));
    await Promise.all(['x', 'y', 'z'].map((id) => store.record(failure(id, { time: now }))));
    expect(problemOf(store.status())).toMatch(/^storage is full/);
    await log.until((status) => status.problem === undefined);
    store.close();
    const again = await openStore({ indexedDB: factory.indexedDB });
    expect(await again.count()).toBe(93);
    expect((await again.recent()).at(-1)?.id).toBe('old010');
    expect(idsOf(await again.recent({ since: now }))).toBe('x y z');
    again.close();
  });

  it('an aborted transaction: newer kept versions win over saved ones, page writes too, nothing counted twice', async () => {
    const { factory, store } = await breakingStore((n) => (n === 2 ? 'abort' : undefined));
    await store.record(failure('a', { time: 1, failure: 'unknown' }));
    await store.setPage({ tabId: 1, pageId: 'old', url: 'https://x.example/', start: 1 });
    await store.setPage({ tabId: 2, pageId: 'p', url: 'https://y.example/', start: 1 });
    // One batch, aborted: a re-classified 'a', a new 'b', a new page for tab 1, tab 2 closed, a host.
    await Promise.all([
      store.record(failure('a', { time: 1, failure: 'edge' })),
      store.record(failure('b', { time: 2 })),
      store.setPage({ tabId: 1, pageId: 'new', url: 'https://x.example/next', start: 2 }),
      store.removePage(2),
      store.putHosts([{ host: 'x.example', provider: 'fastly', seen: 2 }]),
    ]);
    expect(problemOf(store.status())).toMatch(/^saving failed \(AbortError/);
    expect(await store.count()).toBe(2);
    expect((await store.recent()).map((record) => [record.id, record.failure])).toEqual([['b', 'origin'], ['a', 'edge']]);
    expect(await store.getPages()).toEqual([{ tabId: 1, pageId: 'new', url: 'https://x.example/next', start: 2 }]);
    expect(await store.getPage(2)).toBeUndefined();
    expect(await store.getHost('x.example')).toMatchObject({ provider: 'fastly' });
    expect(await store.getHosts()).toEqual([expect.objectContaining({ host: 'x.example', provider: 'fastly' })]); // the unsaved write too
    (await store.forPage(1, '1-1000'))[0]!.host = 'changed.example'; // copies, not what is kept
    expect((await store.forPage(1, '1-1000'))[0]!.host).toBe('shop.example');

    await store.record(failure('c', { time: 3 }));
    expect(store.status()).toEqual({ mode: 'indexeddb' });
    store.close();
    const again = await openStore({ indexedDB: factory.indexedDB });
    expect((await again.recent()).map((record) => [record.id, record.failure])).toEqual([['c', 'origin'], ['b', 'origin'], ['a', 'edge']]);
    expect(await again.getPages()).toEqual([{ tabId: 1, pageId: 'new', url: 'https://x.example/next', start: 2 }]);
    expect(await again.getHost('x.example')).toMatchObject({ provider: 'fastly' });
    again.close();
  });

  it('a clear that fails is not reported as done', async () => {
    const { store } = await breakingStore((n) => (n === 2 ? 'abort' : undefined));
    await store.record(failure('a'));
    await expect(store.clear()).rejects.toThrow();
    expect(await store.count()).toBe(1);
    store.close();
  });
});
