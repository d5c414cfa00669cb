// Embedded SQLite (better-sqlite3) in WAL mode with synchronous=FULL: a commit is on disk when it returns,
// so an acknowledgement survives a killed process and a power cut alike. Writes run on the main thread
// (they are short); reads run in a worker thread (sqlite-reader.mjs), so they never hold up a write or an
// acknowledgement. An in-memory database cannot be shared with a thread: it reads on the main thread.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SqlDriver, Statement } from './driver';
import { MIGRATIONS } from './sql';

export function openSqliteDriver(file: string): SqlDriver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  for (const statement of MIGRATIONS) db.exec(statement);
  // The statement texts are few (chunk sizes up to 100 of three kinds, and the fixed ones): prepare each once.
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = prepared.get(sql);
    if (statement === undefined) prepared.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const runAll = db.transaction((statements: readonly Statement[]) => {
    for (const { sql, params } of statements) prepare(sql).run(...params);
  });
  const reader = file === ':memory:' ? undefined : startReader(file);
  return {
    kind: 'sqlite',
    all: async (sql, params) => (reader === undefined ? (prepare(sql).all(...params) as Record<string, unknown>[]) : reader.all(sql, params)),
    transaction: async (statements) => {
      runAll(statements);
    },
    close: async () => {
      await reader?.close();
      db.close();
    },
  };
}

type Answer = { id: number; rows: Record<string, unknown>[] } | { id: number; error: string };

function startReader(file: string): Pick<SqlDriver, 'all' | 'close'> {
  const worker = new Worker(new URL('./sqlite-reader.mjs', import.meta.url), { workerData: { file } });
  const waiting = new Map<number, { resolve: (rows: Record<string, unknown>[]) => void; reject: (err: Error) => void }>();
  let nextId = 0;
  // Held open only while a read is waiting: an idle reader does not keep the process alive.
  const settled = (): void => void (waiting.size === 0 && worker.unref());
  const failAll = (err: Error): void => {
    for (const { reject } of waiting.values()) reject(err);
    waiting.clear();
  };
  worker.on('message', (answer: Answer) => {
    const waiter = waiting.get(answer.id);
    waiting.delete(answer.id);
    settled();
    if ('error' in answer) waiter?.reject(new Error(answer.error));
    else waiter?.resolve(answer.rows);
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('the SQLite reader stopped')));
  worker.unref();
  return {
    all: (sql, params) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, sql, params });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
