// Batches that arrive while a write is in flight are merged into the next transaction: one commit (one
// fsync) for many requests, and each request's promise settles only when its own rows are committed.
import type { Report } from '../../src/core/report';
import { sortedRows, toCountRows, type CountRow } from './count-rows';

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface GroupCommit {
  add(reports: readonly Report[]): Promise<void>;
  pending(): number; // reports waiting for a commit
  idle(): Promise<void>;
}

export function createGroupCommit(write: (rows: readonly CountRow[]) => Promise<void>): GroupCommit {
  let rows = new Map<string, CountRow>();
  let waiters: Waiter[] = [];
  let waiting = 0;
  let running: Promise<void> | undefined;

  async function drain(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve)); // let requests parsed in this turn join
    while (waiters.length > 0) {
      const batch = sortedRows(rows);
      const settled = waiters;
      rows = new Map();
      waiters = [];
      waiting = 0;
      try {
        await write(batch);
        for (const w of settled) w.resolve();
      } catch (err) {
        for (const w of settled) w.reject(err);
      }
    }
    running = undefined;
  }

  return {
    add(reports) {
      const done = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      toCountRows(reports, rows);
      waiting += reports.length;
      running ??= drain();
      return done;
    },
    pending: () => waiting,
    idle: async () => {
      while (running !== undefined) await running;
    },
  };
}
