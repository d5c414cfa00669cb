import { setImmediate as nextTask } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/failure-store';
import { failure, instrumentedFactory } from './fake-indexeddb';

const ids = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

describe('record() group commit', () => {
  it('500 concurrent calls all resolve, are stored exactly once, in far fewer than 500 transactions', async () => {
    const factory = instrumentedFactory();
    const store = await openStore({ indexedDB: factory.indexedDB });
    const all = ids(500);
    await Promise.all(all.map((id, i) => store.record(failure(id, { time: i }))));
    expect(await store.count()).toBe(500);
    expect((await store.recent()).map((record) => record.id).sort()).toEqual(all);
    expect(factory.failureWrites()).toBe(1); // one task, one transaction
    store.close();
  });

  it('gathers calls that arrive while a transaction is in flight into the next one', async () => {
    const factory = instrumentedFactory();
    const store = await openStore({ indexedDB: factory.indexedDB });
    const written: Promise<void>[] = [];
    for (const [i, id] of ids(500).entries()) {
      written.push(store.record(failure(id, { time: i })));
      if (i % 10 === 9) await nextTask(); // 50 separate tasks, arriving while earlier writes are in flight
    }
    await Promise.all(written);
    expect(await store.count()).toBe(500);
    expect(factory.failureWrites()).toBeGreaterThan(1);
    expect(factory.failureWrites()).toBeLessThan(50);
    store.close();
  });

  it('resolves each call only once its own transaction has completed', async () => {
    const factory = instrumentedFactory();
    const store = await openStore({ indexedDB: factory.indexedDB });
    const first = store.record(failure('first'));
    await nextTask();
    let secondDone = false;
    const second = store.record(failure('second')).then(() => (secondDone = true));
    await first;
    expect(secondDone).toBe(false);
    await second;
    // A second context sees it saved, not merely queued.
    const other = await openStore({ indexedDB: factory.indexedDB });
    expect(await other.count()).toBe(2);
    other.close();
    store.close();
  });

  it('a close and reopen in the middle of a burst loses nothing that resolved', async () => {
    const factory = instrumentedFactory();
    let store = await openStore({ indexedDB: factory.indexedDB });
    const settled: Promise<{ id: string; ok: boolean }>[] = [];
    for (const [i, id] of ids(600).entries()) {
      settled.push(store.record(failure(id, { time: i })).then(() => ({ id, ok: true }), () => ({ id, ok: false })));
      if (i % 50 === 49) await nextTask();
      if (i === 300) {
        store.close();
        store = await openStore({ indexedDB: factory.indexedDB });
      }
    }
    const results = await Promise.all(settled);
    const resolved = results.filter((result) => result.ok).map((result) => result.id);
    expect(resolved.length).toBeGreaterThan(500); // only the calls made on the closed store reject
    const stored = new Set((await store.recent()).map((record) => record.id));
    expect(resolved.filter((id) => !stored.has(id))).toEqual([]);
    store.close();
  });

  it('survives the browser closing its connection mid-burst: nothing that resolved is lost', async () => {
    const factory = instrumentedFactory();
    const store = await openStore({ indexedDB: factory.indexedDB });
    const written: Promise<void>[] = [];
    for (const [i, id] of ids(300).entries()) {
      written.push(store.record(failure(id, { time: i })));
      if (i === 150) {
        const { forceCloseDatabase } = await import('fake-indexeddb');
        forceCloseDatabase(factory.connections[0] as never);
      }
      if (i % 30 === 29) await nextTask();
    }
    await Promise.all(written);
    expect(await store.count()).toBe(300);
    store.close();
    const again = await openStore({ indexedDB: factory.indexedDB });
    expect(await again.count()).toBe(300); // saved, not merely kept in memory
    again.close();
  });
});
