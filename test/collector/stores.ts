// The databases every collector test runs against: SQLite always; PostgreSQL when TEST_DATABASE_URL (or
// DATABASE_URL) names a server, each test in a database of its own that is dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type StoreLocation } from '../../collector/db/open-store';
import type { ReportStore } from '../../collector/db/report-store';

export type { StoreLocation };

export interface StoreCase {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database; remove() deletes it. */
  create(): Promise<{ location: StoreLocation; remove(): Promise<void> }>;
}

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const sqlite: StoreCase = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'detour-collector-'));
    return { location: { sqlitePath: join(dir, 'reports.sqlite') }, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgres = (base: string): StoreCase => ({
  name: 'postgres',
  async create() {
    const name = `detour_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      location: { databaseUrl: url.toString(), sqlitePath: '' },
      async remove() {
        const client = new pg.Client({ connectionString: base });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  },
});

export const STORE_CASES: readonly StoreCase[] = POSTGRES_URL === undefined || POSTGRES_URL === '' ? [sqlite] : [sqlite, postgres(POSTGRES_URL)];

/** A fresh store of this kind, and how to close and delete it. */
export async function freshStore(kind: StoreCase): Promise<{ store: ReportStore; location: StoreLocation; dispose(): Promise<void> }> {
  const { location, remove } = await kind.create();
  const store = await openStore(location);
  return {
    store,
    location,
    async dispose() {
      await store.close();
      await remove();
    },
  };
}

/** The environment that points a collector process at this database. */
export function collectorEnv(location: StoreLocation): Record<string, string> {
  return location.databaseUrl !== undefined ? { DATABASE_URL: location.databaseUrl } : { COLLECTOR_DB: location.sqlitePath };
}
