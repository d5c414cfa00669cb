// The IndexedDB schema: the one place with the database name, its record types, its versions and their
// ordered migrations. Version n is the first n migrations. Only append: contexts still running older code
// open a newer database as it is (open-database.ts), so a migration may add stores and indexes, never
// remove or reshape what an earlier version reads.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Diagnosis, Failure } from '../core/types';
import type { FilterKey } from './filter-keys';


export const DB_NAME = 'detour';

/** The meta record migration 3 sets when failures stored before it still need their filter keys. */
export const FILTER_KEYS_PENDING = 'filter-keys-pending';

/** One failed request, as the background records it. */
export interface FailureRecord {
  id: string; // writing the same id again replaces the record
  tabId: number;
  pageId: string; // the page load it happened in
  pageUrl: string;
  url: string;
  host: string;
  type: string; // webRequest resource type
  time: number; // ms since the epoch
  provider: string | null;
  failure: Failure;
  diagnosis: Diagnosis;
}

/** As stored: null is not a valid index key, so the provider index reads `providerKey` (provider ?? '').
 * `filterKeys` feeds the history's site filters (filter-keys.ts); records written before version 3 get
 * them after the upgrade (backfill-filter-keys.ts). */
export interface StoredFailure extends FailureRecord {
  providerKey: string;
  filterKeys?: FilterKey[];
}

/** The current page load of a tab, so that a restarted worker knows it. */
export interface PageRecord {
  tabId: number;
  pageId: string;
  url: string;
  start: number;
}

/** What serves a host, learned from healthy responses. */
export interface HostRecord {
  host: string;
  provider: string | null;
  via?: string[];
  service?: string;
  seen: number;
  ipfsPath?: string;
  onionLocation?: string;
  /** The page (scheme, host, path) that announced ipfsPath/onionLocation: they hold for its origin only. */
  announcedBy?: string;
}

/** A report waiting to be sent to the collector (opt-in sharing), durable until it is acknowledged. */
export interface OutboxRecord {
  id: string; // the report's de-duplication key: (window, provider, service, failure, domain-if-shared)
  queuedAt: number;
  report: unknown; // a Report (src/core/report/schema.ts), exactly the bytes that will be sent
}

/** Small values the store keeps for itself. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface DetourDB extends DBSchema {
  failures: {
    key: string;
    value: StoredFailure;
    indexes: { 'by-page': [number, string]; 'by-provider-time': [string, number]; 'by-time': number; 'by-filter': FilterKey };
  };
  pages: { key: number; value: PageRecord };
  hosts: { key: string; value: HostRecord };
  meta: { key: string; value: MetaRecord };
  outbox: { key: string; value: OutboxRecord; indexes: { 'by-queued': number } };
}

export type DetourStoreName = StoreNames<DetourDB>;
export type Migration = (db: IDBPDatabase<DetourDB>, tx: IDBPTransaction<DetourDB, DetourStoreName[], 'versionchange'>) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: failures with their three queries, each tab's current page, hosts, meta.
  (db) => {
    const failures = db.createObjectStore('failures', { keyPath: 'id' });
    failures.createIndex('by-page', ['tabId', 'pageId']);
    failures.createIndex('by-provider-time', ['providerKey', 'time']);
    failures.createIndex('by-time', 'time');
    db.createObjectStore('pages', { keyPath: 'tabId' });
    db.createObjectStore('hosts', { keyPath: 'host' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 2: the outbox of anonymous reports (sharing is opt-in; the store is empty unless it is on).
  (db) => {
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-queued', 'queuedAt');
  },
  // 3: the history's site filters (by host or registrable domain, with or without a provider) as one
  // multiEntry index. Failures already stored get their keys after the upgrade, in small transactions
  // (backfill-filter-keys.ts): this only notes that there are some.
  (_db, tx) => {
    const failures = tx.objectStore('failures');
    failures.createIndex('by-filter', 'filterKeys', { multiEntry: true });
    failures
      .openKeyCursor()
      .then((cursor) => cursor && tx.objectStore('meta').put({ key: FILTER_KEYS_PENDING, value: true }))
      .catch(() => {}); // a failed upgrade aborts its transaction, which the open request reports
  },
];

/** The stores this code reads and writes: a newer database opened by older code must still have them. */
export const STORE_NAMES: readonly DetourStoreName[] = ['failures', 'pages', 'hosts', 'meta', 'outbox'];

export function runMigrations(
  migrations: readonly Migration[],
  db: IDBPDatabase<DetourDB>,
  tx: IDBPTransaction<DetourDB, DetourStoreName[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): void {
  for (const migrate of migrations.slice(oldVersion, newVersion)) migrate(db, tx);
}
