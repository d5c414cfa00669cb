import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/failure-store';
import type { OutboxRecord } from '../../src/store/schema';
import { failure, freshFactory, instrumentedFactory, unavailableFactory } from './fake-indexeddb';

const report = (provider: string) => ({ window: 1_700_000_100, provider, failure: 'edge', status: 522, version: '0.1.0' });
const queued = (id: string, queuedAt: number): OutboxRecord => ({ id, queuedAt, report: report(id) });

describe.each([
  ['IndexedDB', () => freshFactory()],
  ['memory', () => unavailableFactory()],
])('the outbox (%s)', (_name, factory) => {
  it('keeps queued reports oldest first, one per id, until removed', async () => {
    const store = await openStore({ indexedDB: factory() });
    await store.queueReports([queued('b', 2), queued('a', 1)]);
    await store.queueReports([queued('c', 3), queued('a', 1)]); // the same id again: stored once
    expect((await store.outbox()).map((record) => record.id)).toEqual(['a', 'b', 'c']);
    expect(await store.outbox(2)).toEqual([queued('a', 1), queued('b', 2)]);
    await store.removeFromOutbox(['a', 'c', 'missing']);
    expect(await store.outbox()).toEqual([queued('b', 2)]);
    await store.clearOutbox();
    expect(await store.outbox()).toEqual([]);
    store.close();
  });

  it('keeps meta values, copied', async () => {
    const store = await openStore({ indexedDB: factory() });
    expect(await store.getMeta('sender')).toBeUndefined();
    const value = { attempts: 2, nextAt: 5 };
    await store.setMeta('sender', value);
    value.attempts = 9;
    expect(await store.getMeta('sender')).toEqual({ attempts: 2, nextAt: 5 });
    store.close();
  });

  it('refuses a record without an id', async () => {
    const store = await openStore({ indexedDB: factory() });
    await expect(store.queueReports([queued('', 1)])).rejects.toThrow(/non-empty id/);
    store.close();
  });
});

describe('the outbox over IndexedDB', () => {
  it('survives a reopen (a restarted worker), and failures clear() leaves it alone', async () => {
    const indexedDB = freshFactory();
    const store = await openStore({ indexedDB });
    await store.queueReports([queued('a', 1)]);
    await store.setMeta('last-batch', '{"reports":[]}');
    await store.clear();
    store.close();
    const again = await openStore({ indexedDB });
    expect(await again.outbox()).toEqual([queued('a', 1)]);
    expect(await again.getMeta('last-batch')).toBe('{"reports":[]}');
    again.close();
  });

  it('shares one transaction with failures written in the same task (group commit)', async () => {
    const factory = instrumentedFactory();
    const store = await openStore({ indexedDB: factory.indexedDB });
    await Promise.all([store.record(failure('1@1')), store.queueReports([queued('a', 1)]), store.record(failure('2@1'))]);
    expect(factory.failureWrites()).toBe(1);
    expect(await store.outbox()).toHaveLength(1);
    store.close();
  });

  it('tells the caller when queueing failed, instead of keeping the report only in memory', async () => {
    const factory = instrumentedFactory((n) => (n === 1 ? 'abort' : undefined));
    const store = await openStore({ indexedDB: factory.indexedDB });
    const results = await Promise.allSettled([store.record(failure('1@1')), store.queueReports([queued('a', 1)])]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']); // the failure is kept in memory
    expect(await store.outbox()).toEqual([]);
    await store.queueReports([queued('a', 1)]);
    expect(await store.outbox()).toEqual([queued('a', 1)]);
    expect(await store.forPage(1, '1-1000')).toHaveLength(1);
    store.close();
  });
});
