// A read's whole answer is made in the read worker: while a slow question is answered, the main thread
// keeps turning and acknowledging batches, and the bytes are those the same code makes in-thread. The
// worker takes a bounded number of questions; beyond it a question is refused at once, and the route
// answers from a recent cache entry or with 503 busy and Retry-After.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { seedHistory } from '../../collector/bench/seed-history';
import { openPostgresDriver } from '../../collector/db/postgres-driver';
import { openSqliteDriver } from '../../collector/db/sqlite-driver';
import { answerRead, type ReadQuestion } from '../../collector/outages/answer-read';
import { ReadsBusy } from '../../collector/outages/read-cache';
import { startReadThread } from '../../collector/outages/read-thread';
import { harness } from './app-harness';
import { fromSenders, NOW, report } from './reports';
import { STORE_CASES } from './stores';

const SLOW: ReadQuestion = { page: 'outages', hours: 48, dimensions: ['service', 'failure', 'pop', 'domain'] };

describe.each(STORE_CASES)('the read worker ($name)', (kind) => {
  it('answers a slow question off the main thread, which keeps acknowledging batches', { timeout: 120_000 }, async () => {
    const h = await harness(kind);
    try {
      const driver = h.location.databaseUrl === undefined ? openSqliteDriver(h.location.sqlitePath) : await openPostgresDriver(h.location.databaseUrl);
      await seedHistory(driver, NOW, 2); // about 250,000 rows of closed windows
      await driver.close();
      await h.reads.answer({ page: 'outages', hours: 1, dimensions: [] }, NOW); // the worker has loaded

      let started = performance.now();
      const inThread = await answerRead(h.store, SLOW, { k: 5, now: NOW }); // what the main thread used to do
      const tookInThread = performance.now() - started;
      expect(tookInThread).toBeGreaterThan(100); // slow enough to matter

      started = performance.now();
      const ticks: number[] = [];
      const timer = setInterval(() => ticks.push(performance.now()), 5);
      const inWorker = await h.reads.answer(SLOW, NOW);
      clearInterval(timer);
      const took = performance.now() - started;
      expect(inWorker.toString('utf8')).toBe(inThread); // the same code, run in the worker
      const gaps = ticks.map((t, i) => t - (ticks[i - 1] ?? started));
      expect(ticks.length).toBeGreaterThan(5);
      expect(Math.max(...gaps)).toBeLessThan(Math.min(took, tookInThread) / 2); // the loop kept turning meanwhile

      // Through the route (the cache has not seen this question): batches are acknowledged while it is read.
      const read = h.app.inject({ method: 'GET', url: '/v1/outages?hours=48&by=domain,pop,failure,service' });
      let reading = true;
      void read.finally(() => (reading = false));
      const acknowledged: number[] = [];
      while (reading) {
        const posting = performance.now();
        expect((await h.post({ reports: [report()] })).status).toBe(200);
        acknowledged.push(performance.now() - posting);
      }
      const answer = await read;
      expect(answer.statusCode).toBe(200);
      expect(answer.json().buckets.length).toBeGreaterThan(10_000);
      expect(acknowledged.length).toBeGreaterThan(3);
      expect(acknowledged.sort((a, b) => a - b)[Math.floor(acknowledged.length / 2)]).toBeLessThan(tookInThread / 4); // a commit's time, not a read's
    } finally {
      await h.close();
    }
  });

  it('refuses a question at once when its queue is full', { timeout: 30_000 }, async () => {
    const h = await harness(kind);
    const reads = startReadThread(h.location, { k: 5, maxInFlight: 2 });
    try {
      const asked = [1, 2].map((hours) => reads.answer({ page: 'outages', hours, dimensions: [] }, NOW));
      await expect(reads.answer({ page: 'dashboard' }, NOW)).rejects.toBeInstanceOf(ReadsBusy);
      expect(reads.inFlight()).toBe(2);
      const answers = await Promise.all(asked);
      expect(answers.map((bytes) => JSON.parse(bytes.toString('utf8')).providers)).toEqual([[], []]);
      expect((await reads.answer({ page: 'dashboard' }, NOW)).toString('utf8')).toMatch(/^<!doctype html>/); // room again
    } finally {
      await reads.close();
      await h.close();
    }
  });

  it('answers 503 busy with Retry-After when the worker is full, or a recent answer if there is one', { timeout: 30_000 }, async () => {
    let full = false;
    const h = await harness(kind, { reads: (worker) => ({ ...worker, answer: (question, now) => (full ? Promise.reject(new ReadsBusy()) : worker.answer(question, now)) }) });
    try {
      await fromSenders(h.store, 5, report());
      const fresh = await h.app.inject({ method: 'GET', url: '/v1/outages?hours=1' });
      expect(fresh.statusCode).toBe(200);
      full = true;
      h.clock.now += 10_000; // past the cache's few seconds
      const stale = await h.app.inject({ method: 'GET', url: '/v1/outages?hours=1' });
      expect(stale.statusCode).toBe(200);
      expect(stale.body).toBe(fresh.body);
      for (const url of ['/v1/outages?hours=2', '/']) {
        const busy = await h.app.inject({ method: 'GET', url });
        expect(busy.statusCode, url).toBe(503);
        expect(busy.headers['retry-after']).toBe('1');
        expect(busy.json()).toMatchObject({ statusCode: 503, error: 'busy' });
      }
      full = false;
      expect((await h.app.inject({ method: 'GET', url: '/v1/outages?hours=2' })).statusCode).toBe(200);
    } finally {
      await h.close();
    }
  });
});

// Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the parenthesized name).
const threadNiceValues = (): number[] =>
  readdirSync('/proc/self/task').map((tid) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]));

describe('the read worker thread', () => {
  it.runIf(process.platform === 'linux')('yields the CPU to the main thread, whose priority stays as it was', { timeout: 30_000 }, async () => {
    const [kind] = STORE_CASES;
    if (kind === undefined) throw new Error('no store case');
    const before = getPriority();
    expect(threadNiceValues()).not.toContain(before + 10);
    const h = await harness(kind);
    try {
      await h.reads.answer({ page: 'dashboard' }, NOW); // loaded, and niced itself
      expect(threadNiceValues()).toContain(before + 10);
      expect(getPriority()).toBe(before);
    } finally {
      await h.close();
    }
  });
});
