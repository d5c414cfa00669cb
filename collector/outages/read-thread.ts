// The main thread's side of the read worker (read-worker.ts): a question goes in, the finished bytes of
// its answer come back. At most `maxInFlight` questions are with the worker at once (one being answered,
// the rest queued); beyond that a question is refused at once with ReadsBusy (the cache then answers from
// a recent entry, or the client gets 503 busy), so a flood of distinct questions cannot pile up work.
import { Worker } from 'node:worker_threads';
import type { StoreLocation } from '../db/open-store';
import type { ReadQuestion } from './answer-read';
import { ReadsBusy } from './read-cache';
import type { ReadAnswer, ReadRequest, ReadWorkerData } from './read-worker';

export interface Reads {
  /** The answer's bytes (JSON or HTML, UTF-8); rejects with ReadsBusy when the queue is full. */
  answer(question: ReadQuestion, now: number): Promise<Buffer>;
  inFlight(): number;
  close(): Promise<void>;
}

const MAX_IN_FLIGHT = 4;

export function startReadThread(location: StoreLocation, options: { k: number; maxInFlight?: number }): Reads {
  const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
  const waiting = new Map<number, { resolve: (bytes: Buffer) => void; reject: (err: Error) => void }>();
  let nextId = 0;
  let closed = false;

  const failAll = (err: Error): void => {
    for (const { reject } of waiting.values()) reject(err);
    waiting.clear();
  };
  const start = (): Worker => {
    const started = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { location, k: options.k } satisfies ReadWorkerData });
    started.on('message', (answer: ReadAnswer) => {
      const waiter = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (waiting.size === 0) started.unref(); // an idle worker does not keep the process alive
      if ('error' in answer) waiter?.reject(new Error(answer.error));
      else waiter?.resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
    });
    started.on('error', failAll);
    started.on('exit', () => {
      failAll(new Error('the read worker stopped'));
      if (worker === started) worker = undefined; // the next question starts a fresh one
    });
    started.unref();
    return started;
  };
  let worker: Worker | undefined; // started by the first question

  return {
    answer(question, now) {
      if (closed) return Promise.reject(new Error('the read worker is closed'));
      if (waiting.size >= maxInFlight) return Promise.reject(new ReadsBusy());
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker ??= start();
        worker.ref();
        worker.postMessage({ id, question, now } satisfies ReadRequest);
      });
    },
    inFlight: () => waiting.size,
    async close() {
      closed = true;
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}
