// The store's interface, and openStore(), which picks IndexedDB or, when it cannot be opened, memory.
// Runs in an MV3 service worker, a Firefox event page and extension pages alike: no DOM, no window.
import type { Sub } from '../core/explain';
import { databaseConnection } from './database-connection';
import { idbStore } from './idb-store';
import { memoryStore } from './memory-store';
import { MIGRATIONS, type Migration } from './schema';
import type { FailureStore, StoreStatus } from './store-types';
import { blockedProblem, isBlockedProblem, unavailableProblem, unavailableReason } from './store-problems';
import { statusKeeper } from './store-status';

export type { FailureStore, StoreStatus } from './store-types';
export { DEFAULT_RETENTION } from './retention-policy';
export type { PageCursor, RecentQuery } from './recent-query';
export { HOUR_MS, type ProviderHours } from './hourly-counts';
export type { RetentionPolicy } from './retention-policy';

export interface OpenStoreOptions {
  /** Default: globalThis.indexedDB. Its interface classes (IDBRequest, IDBKeyRange, …) must be the globals. */
  indexedDB?: IDBFactory;
  /** Failures kept in memory when they cannot be saved. Default 5,000. */
  memoryCap?: number;
  onStatus?: (status: StoreStatus) => void;
  /** Default: schema.ts's MIGRATIONS. Tests pass a longer list to play a newer version of Detour. */
  migrations?: readonly Migration[];
}

export const DEFAULT_MEMORY_CAP = 5_000;

export async function openStore(options: OpenStoreOptions = {}): Promise<FailureStore> {
  const { memoryCap: cap = DEFAULT_MEMORY_CAP, onStatus, migrations = MIGRATIONS } = options;
  const inMemory = (reason: Sub) => {
    const status: StoreStatus = { mode: 'memory', problem: unavailableProblem(reason, cap) };
    onStatus?.({ ...status });
    return memoryStore(cap, status);
  };
  let indexedDB: IDBFactory | undefined;
  try {
    indexedDB = options.indexedDB ?? (globalThis.indexedDB as IDBFactory | undefined);
  } catch (error) {
    return inMemory(unavailableReason(error)); // reading indexedDB throws where storage is disabled
  }
  if (indexedDB === undefined) return inMemory('this context has no indexedDB');

  const status = statusKeeper({ mode: 'indexeddb' }, onStatus);
  const connection = databaseConnection({
    indexedDB,
    migrations,
    onBlocked: () => status.set({ mode: 'indexeddb', problem: blockedProblem() }),
    onOpened() {
      if (isBlockedProblem(status.get().problem)) status.set({ mode: 'indexeddb' });
    },
  });
  try {
    await connection.open();
  } catch (error) {
    connection.close();
    return inMemory(unavailableReason(error));
  }
  return idbStore({ connection, status, cap });
}
