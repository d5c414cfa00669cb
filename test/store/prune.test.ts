import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, openStore } from '../../src/store/failure-store';
import { failure, instrumentedFactory, unavailableFactory } from './fake-indexeddb';

const DAY = 86_400_000;
const NOW = 1_750_000_000_000;
const idsOf = (records: { id: string }[]) => records.map((record) => record.id).join(' ');

describe('DEFAULT_RETENTION', () => {
  it('is 7 days and 50,000 failures', () => {
    expect(DEFAULT_RETENTION).toEqual({ maxAgeMs: 7 * DAY, maxCount: 50_000 });
  });
});

describe.each([
  ['indexeddb', () => instrumentedFactory().indexedDB],
  ['memory', unavailableFactory],
])('prune (%s)', (_mode, factory) => {
  // Ten failures, one a day, the newest today.
  async function tenDays() {
    const store = await openStore({ indexedDB: factory() });
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.record(failure(`d${i}`, { time: NOW - (9 - i) * DAY }))));
    return store;
  }

  it('by age: deletes what is older than maxAgeMs', async () => {
    const store = await tenDays();
    expect(await store.prune({ maxAgeMs: 3 * DAY, maxCount: 100, now: NOW })).toBe(6);
    expect(idsOf(await store.recent())).toBe('d9 d8 d7 d6');
  });

  it('by count: deletes the oldest beyond maxCount', async () => {
    const store = await tenDays();
    expect(await store.prune({ maxAgeMs: 100 * DAY, maxCount: 3, now: NOW })).toBe(7);
    expect(idsOf(await store.recent())).toBe('d9 d8 d7');
  });

  it('by both: whichever deletes more', async () => {
    const store = await tenDays();
    expect(await store.prune({ maxAgeMs: 1.5 * DAY, maxCount: 5, now: NOW })).toBe(8);
    expect(await store.prune({ maxAgeMs: 100 * DAY, maxCount: 1, now: NOW })).toBe(1);
    expect(idsOf(await store.recent())).toBe('d9');
  });

  it('deletes learned hosts not seen and page records not started within the age limit too', async () => {
    const store = await tenDays();
    await store.putHosts([{ host: 'old.example', provider: 'aws', seen: NOW - 5 * DAY }, { host: 'new.example', provider: 'fastly', seen: NOW - DAY }]);
    await store.setPage({ tabId: 1, pageId: '1-old', url: 'https://old.example/', start: NOW - 5 * DAY });
    await store.setPage({ tabId: 2, pageId: '2-new', url: 'https://new.example/', start: NOW - DAY });
    await store.prune({ maxAgeMs: 3 * DAY, maxCount: 100, now: NOW });
    expect(await store.getHost('old.example')).toBeUndefined();
    expect(await store.getHost('new.example')).toMatchObject({ provider: 'fastly' });
    expect((await store.getPages()).map((page) => page.pageId)).toEqual(['2-new']);
  });

  it('does nothing, and says 0, when within both limits; refuses nonsense', async () => {
    const store = await tenDays();
    expect(await store.prune({ maxAgeMs: 10 * DAY, maxCount: 10, now: NOW })).toBe(0);
    expect(await store.prune({ maxAgeMs: Infinity, maxCount: Infinity, now: NOW })).toBe(0);
    await expect(store.prune({ maxAgeMs: NaN, maxCount: 1, now: NOW })).rejects.toThrow(RangeError);
    expect(await store.count()).toBe(10);
  });
});

describe('prune with 60,000 failures', () => {
  it('deletes by age then by count, in bounded batches, and costs no write when there is nothing to do', { timeout: 30_000 }, async () => {
    const factory = instrumentedFactory();
    const store = await openStore({ indexedDB: factory.indexedDB });
    // 60,000 failures evenly over the last 8 days: the oldest 7,500 are past 7 days, and 52,500 remain.
    const span = 8 * DAY;
    const time = (i: number) => NOW - span + Math.floor(((i + 1) * span) / 60_000);
    await Promise.all(
      Array.from({ length: 60_000 }, (_, i) => store.record(failure(`f${String(i).padStart(5, '0')}`, { time: time(i), pageId: `p${i % 100}` }))),
    );
    const writesBefore = factory.failureWrites();

    expect(await store.prune({ ...DEFAULT_RETENTION, now: NOW })).toBe(10_000);
    expect(await store.count()).toBe(50_000);
    // The oldest left is number 10,000: check through a page holding every hundredth failure.
    expect((await store.forPage(1, 'p0'))[0]?.id).toBe('f10000');
    expect((await store.recent({ limit: 1 }))[0]?.id).toBe('f59999');
    const pruneWrites = factory.failureWrites() - writesBefore;
    expect(pruneWrites).toBeGreaterThanOrEqual(5); // at most 2,000 deletions per transaction

    expect(await store.prune({ ...DEFAULT_RETENTION, now: NOW })).toBe(0);
    expect(factory.failureWrites() - writesBefore).toBe(pruneWrites);
    store.close();
  });
});
