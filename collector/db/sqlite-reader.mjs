// The SQLite driver's reader: a worker thread with its own read-only connection, so a long read never
// stops the event loop that acknowledges batches (better-sqlite3 is synchronous). WAL lets it read
// while the main thread writes; it sees every transaction committed before the read began.
// Plain JavaScript: a worker thread loads it with no TypeScript loader.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const prepared = new Map();

parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = prepared.get(sql);
    if (statement === undefined) prepared.set(sql, (statement = db.prepare(sql)));
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
