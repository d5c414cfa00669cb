// Embedded SQLite (better-sqlite3) in WAL mode with synchronous=FULL: a commit is on disk when it returns,
// so an acknowledgement survives a killed process and a power cut alike.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CountRow } from './count-rows';
import type { SqlDriver } from './driver';
import { MIGRATIONS, upsertSql } from './sql';

export function openSqliteDriver(file: string): SqlDriver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  for (const statement of MIGRATIONS) db.exec(statement);
  const upsertOne = db.prepare(upsertSql(1));
  const upsertAll = db.transaction((rows: readonly CountRow[]) => {
    for (const row of rows) upsertOne.run(...row.values, row.n);
  });
  return {
    kind: 'sqlite',
    all: async (sql, params) => db.prepare(sql).all(...params) as Record<string, unknown>[],
    upsert: async (rows) => {
      upsertAll(rows);
    },
    close: async () => {
      db.close();
    },
  };
}
