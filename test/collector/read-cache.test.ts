// Reads come from a few seconds' cache keyed by the normalized question, so readers cannot pile up
// against the database; the cache is bounded, forgets failures, and answers from a recent entry when the
// read worker is too busy to take a new question.
import { describe, expect, it } from 'vitest';
import { createReadCache, ReadsBusy } from '../../collector/outages/read-cache';
import { harness } from './app-harness';
import { fromSenders, NOW_WINDOW, report } from './reports';
import { STORE_CASES } from './stores';

describe('the read cache', () => {
  it('computes a key once per time-to-live, shares a computation in flight, and stays bounded', async () => {
    const clock = { now: 0 };
    const cache = createReadCache<number>({ ttlMs: 5_000, maxStaleMs: 60_000, maxEntries: 2, now: () => clock.now });
    let computed = 0;
    const compute = async (): Promise<number> => ++computed;
    expect(await Promise.all([cache.get('a', compute), cache.get('a', compute)])).toEqual([1, 1]);
    clock.now = 4_999;
    expect(await cache.get('a', compute)).toBe(1);
    clock.now = 5_000;
    expect(await cache.get('a', compute)).toBe(2);
    await cache.get('b', compute); // 3
    await cache.get('c', compute); // 4: 'a' is the oldest and leaves
    expect(await cache.get('b', compute)).toBe(3);
    expect(await cache.get('a', compute)).toBe(5);
  });

  it('does not remember a failure', async () => {
    const cache = createReadCache<number>({ ttlMs: 5_000, maxStaleMs: 60_000, maxEntries: 2, now: () => 0 });
    await expect(cache.get('a', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('a', async () => 7)).toBe(7);
  });

  it('answers from a recent entry when busy, never from one past its staleness, and never makes it fresh', async () => {
    const clock = { now: 0 };
    const cache = createReadCache<number>({ ttlMs: 5_000, maxStaleMs: 60_000, maxEntries: 4, now: () => clock.now });
    const busy = (): Promise<number> => Promise.reject(new ReadsBusy());
    await expect(cache.get('a', busy)).rejects.toBeInstanceOf(ReadsBusy); // nothing to fall back on
    expect(await cache.get('a', async () => 1)).toBe(1);
    clock.now = 30_000;
    expect(await Promise.all([cache.get('a', busy), cache.get('a', async () => 99)])).toEqual([1, 1]); // the refused miss is shared
    expect(await cache.get('a', async () => 2)).toBe(2); // the stale answer was not taken for a fresh one
    await expect(cache.get('b', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    clock.now = 90_000;
    await expect(cache.get('a', busy)).rejects.toBeInstanceOf(ReadsBusy); // 60 s old: too old to give
  });
});

describe.each(STORE_CASES)('reads under a crowd ($name)', { timeout: 30_000 }, (kind) => {
  it('ask the database once per question every few seconds, whatever the order of dimensions', async () => {
    let reads = 0;
    const h = await harness(kind, { reads: (worker) => ({ ...worker, answer: (question, now) => (reads++, worker.answer(question, now)) }) });
    try {
      await fromSenders(h.store, 5, report());
      const get = (url: string) => h.app.inject({ method: 'GET', url });
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => get(i % 2 === 0 ? '/v1/outages?by=domain,pop' : '/v1/outages?by=pop,domain')));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(reads).toBe(1); // one question
      await Promise.all(Array.from({ length: 20 }, () => get('/')));
      expect(reads).toBe(2);
      await fromSenders(h.store, 5, report({ domain: 'new.com' }));
      expect((await get('/v1/outages?by=pop,domain')).json().buckets).toHaveLength(1); // a few seconds old
      h.clock.now += 5_000;
      expect((await get('/v1/outages?by=pop,domain')).json().buckets).toEqual([
        { provider: 'cloudflare', window: NOW_WINDOW, pop: 'FRA', domain: 'example.com', reports: 5 },
        { provider: 'cloudflare', window: NOW_WINDOW, pop: 'FRA', domain: 'new.com', reports: 5 },
      ]);
      expect(reads).toBe(3);
    } finally {
      await h.close();
    }
  });
});
