// Embedded SQLite (better-sqlite3) in WAL mode with synchronous=FULL: a commit is on disk when it returns,
// so an acknowledgement survives a killed process and a power cut alike. The writer's connection runs
// on the main thread (writes are short, and so are its own reads: the first window, the total); the
// answers to GET requests are read in the read worker (outages/read-worker.ts) through openSqliteReader,
// a read-only connection of its own, which WAL lets read while the main thread writes.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReadDriver, SqlDriver, Statement } from './driver';
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
  return {
    kind: 'sqlite',
    all: async (sql, params) => prepare(sql).all(...params) as Record<string, unknown>[],
    transaction: async (statements) => {
      runAll(statements);
    },
    close: async () => {
      db.close();
    },
  };
}

/** A read-only connection to a database the collector has created; it sees every transaction committed before a read began. */
export function openSqliteReader(file: string): ReadDriver {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const prepared = new Map<string, Database.Statement>();
  return {
    all: async (sql, params) => {
      let statement = prepared.get(sql);
      if (statement === undefined) prepared.set(sql, (statement = db.prepare(sql)));
      return statement.all(...params) as Record<string, unknown>[];
    },
    close: async () => {
      db.close();
    },
  };
}
