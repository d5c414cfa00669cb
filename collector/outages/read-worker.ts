// The read worker: a thread with its own read-only connection (SQLite) or pool (PostgreSQL) that turns a
// question into the finished bytes of its answer (answerRead: query, summary, k-anonymity, JSON or HTML),
// so the main thread, which acknowledges batches, only looks up the cache and sends. The bytes are
// transferred, not copied, and the main thread never encodes them again.
import { parentPort, workerData } from 'node:worker_threads';
import { openReader, type StoreLocation } from '../db/open-store';
import { answerRead, type ReadQuestion } from './answer-read';

export interface ReadWorkerData {
  location: StoreLocation;
  k: number;
}

export interface ReadRequest {
  id: number;
  question: ReadQuestion;
  now: number; // ms since the epoch, the main thread's clock
}

export type ReadAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

const { location, k } = workerData as ReadWorkerData;
const reader = openReader(location);
const port = parentPort;
const encoder = new TextEncoder();

port?.on('message', ({ id, question, now }: ReadRequest) => {
  answerRead(reader, question, { k, now }).then(
    (text) => {
      const bytes = encoder.encode(text); // a buffer of its own, so it can be transferred
      port.postMessage({ id, bytes } satisfies ReadAnswer, [bytes.buffer]);
    },
    (err: unknown) => port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ReadAnswer),
  );
});
