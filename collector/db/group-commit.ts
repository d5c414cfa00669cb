// Batches that arrive while a write is in flight are merged into the next transaction: one commit (one
// fsync) for many requests, and each request's promise settles only when its own rows are committed.
import type { Report } from '../../src/core/report';
import { addToBatch, emptyBatch, type WriteBatch } from './write-batch';

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface GroupCommit {
  /** Resolves once these reports of one sender (and their receive window) are committed. */
  add(reports: readonly Report[], from: { sender: string; received: number }): Promise<void>;
  pending(): number; // reports waiting for a commit
  idle(): Promise<void>;
}

export function createGroupCommit(write: (batch: WriteBatch) => Promise<void>): GroupCommit {
  let batch = emptyBatch();
  let waiters: Waiter[] = [];
  let waiting = 0;
  let running: Promise<void> | undefined;
  let startRecorded = false; // the collector's first receive window is written once per process

  async function drain(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve)); // let requests parsed in this turn join
    while (waiters.length > 0) {
      const writing = batch;
      const settled = waiters;
      batch = emptyBatch();
      waiters = [];
      waiting = 0;
      try {
        await write(writing);
        if (writing.firstReceived !== undefined) startRecorded = true;
        for (const w of settled) w.resolve();
      } catch (err) {
        for (const w of settled) w.reject(err);
      }
    }
    running = undefined;
  }

  return {
    add(reports, { sender, received }) {
      const done = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      addToBatch(batch, reports, sender);
      if (!startRecorded) batch.firstReceived = Math.min(batch.firstReceived ?? received, received);
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
