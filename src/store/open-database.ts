// Opens the Detour database at this code's schema version, running the migrations it lacks. A database that
// newer code already upgraded (VersionError) is opened as it is: migrations only add (schema.ts).
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, STORE_NAMES, runMigrations, type DetourDB, type DetourStoreName, type Migration } from './schema';

export type DetourDatabase = IDBPDatabase<DetourDB>;

export interface OpenDatabaseOptions {
  indexedDB: IDBFactory;
  migrations: readonly Migration[];
  /** Another context holds an older version open; the open waits until it closes (it does on versionchange). */
  onBlocked?(): void;
  /** Another context wants to upgrade or delete the database: this connection must close. */
  onVersionChange(db: DetourDatabase): void;
  /** The browser closed the connection (storage cleared, disk gone). */
  onClosed(db: DetourDatabase): void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DetourDatabase> {
  try {
    return await openAt(options, options.migrations.length);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'VersionError') throw error;
  }
  const db = await openAt(options, undefined);
  const missing = STORE_NAMES.filter((name) => !db.objectStoreNames.contains(name));
  if (missing.length > 0) {
    db.close();
    throw new Error(`the database (version ${db.version}) lacks the stores ${missing.join(', ')}`);
  }
  return db;
}

async function openAt(options: OpenDatabaseOptions, version: number | undefined): Promise<DetourDatabase> {
  const request = version === undefined ? options.indexedDB.open(DB_NAME) : options.indexedDB.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    if (request.transaction === null) return;
    const db = wrap(request.result) as unknown as DetourDatabase;
    const tx = wrap(request.transaction) as unknown as IDBPTransaction<DetourDB, DetourStoreName[], 'versionchange'>;
    tx.done.catch(() => {}); // a failed upgrade is reported by the open request
    runMigrations(options.migrations, db, tx, event.oldVersion, event.newVersion ?? options.migrations.length);
  });
  request.addEventListener('blocked', () => options.onBlocked?.());
  const db = (await wrap(request)) as unknown as DetourDatabase;
  db.addEventListener('versionchange', () => options.onVersionChange(db));
  db.addEventListener('close', () => options.onClosed(db));
  return db;
}
