// The store's interface, and openStore(), which picks IndexedDB or, when it cannot be opened, memory.
// Runs in an MV3 service worker, a Firefox event page and extension pages alike: no DOM, no window.
import { databaseConnection } from './database-connection';
import { idbStore } from './idb-store';
import { memoryStore } from './memory-store';
import type { ProviderHours } from './hourly-counts';
import type { OutboxStore } from './outbox-store';
import type { RecentQuery } from './recent-query';
import type { RetentionPolicy } from './retention-policy';
import { MIGRATIONS, type FailureRecord, type HostRecord, type Migration, type PageRecord } from './schema';
import { blockedProblem, unavailableProblem, unavailableReason } from './store-problems';
import { statusKeeper } from './store-status';

export { DEFAULT_RETENTION } from './retention-policy';
export type { PageCursor, RecentQuery } from './recent-query';
export { HOUR_MS, type ProviderHours } from './hourly-counts';
export type { RetentionPolicy } from './retention-policy';

/** Where failures are kept, and what is wrong there, in words a person can read. */
export interface StoreStatus {
  mode: 'indexeddb' | 'memory';
  problem?: string;
}

/** Also the outbox of opt-in reports and small meta values (outbox-store.ts). */
export interface FailureStore extends OutboxStore {
  /** Resolves once saved (its transaction completed), or kept in memory when saving failed (see status). */
  record(failure: FailureRecord): Promise<void>;
  /** Oldest first. */
  forPage(tabId: number, pageId: string): Promise<FailureRecord[]>;
  /** Newest first. */
  recent(query?: RecentQuery): Promise<FailureRecord[]>;
  count(): Promise<number>;
  /** Failures per provider in each of `hours` hours from `start` (hourly-counts.ts), most first. */
  hourlyCounts(start: number, hours: number): Promise<ProviderHours[]>;
  /** Every provider a stored failure names, sorted; null (none recognised) last. */
  providers(): Promise<(string | null)[]>;
  setPage(page: PageRecord): Promise<void>;
  getPage(tabId: number): Promise<PageRecord | undefined>;
  getPages(): Promise<PageRecord[]>;
  removePage(tabId: number): Promise<void>;
  putHosts(hosts: HostRecord[]): Promise<void>;
  getHost(host: string): Promise<HostRecord | undefined>;
  /** Deletes the oldest failures beyond either limit; returns how many. */
  prune(policy: RetentionPolicy): Promise<number>;
  /** Forgets every failure, page and host. */
  clear(): Promise<void>;
  status(): StoreStatus;
  /** Writes already accepted are still saved; later calls reject. */
  close(): void;
}

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
  const inMemory = (reason: string) => {
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
      if (status.get().problem === blockedProblem()) status.set({ mode: 'indexeddb' });
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
