// The read worker: a thread with its own read-only connection (SQLite) or pool (PostgreSQL) that turns a
// question into the finished bytes of its answer (answerRead: query, summary, k-anonymity, JSON or HTML),
// so the main thread, which acknowledges batches, only looks up the cache and sends. The bytes are
// transferred, not copied, and the main thread never encodes them again.
import { setPriority } from 'node:os';
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

// On a busy machine the CPU goes to acknowledgements first. On Linux a nice value belongs to the calling
// thread (setpriority(2), "BUGS"); elsewhere it would slow the whole process, so it is left alone there.
if (process.platform === 'linux') setPriority(0, 10);

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
