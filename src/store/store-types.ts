// The store's interface: what every part of Detour may ask of the failure store, whichever kind
// openStore() (failure-store.ts) picked. Types only, so the stores and their users share them without a cycle.
import type { Phrase } from '../core/explain';
import type { ProviderHours } from './hourly-counts';
import type { OutboxStore } from './outbox-store';
import type { RecentQuery } from './recent-query';
import type { RetentionPolicy } from './retention-policy';
import type { FailureRecord, HostRecord, PageRecord } from './schema';

/** Where failures are kept, and what is wrong there: a phrase (store-problems.ts) the popup words. */
export interface StoreStatus {
  mode: 'indexeddb' | 'memory';
  problem?: Phrase;
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
  /** Every learned host kept (pruned by the failures' age limit). */
  getHosts(): Promise<HostRecord[]>;
  /** Deletes the oldest failures beyond either limit; returns how many. */
  prune(policy: RetentionPolicy): Promise<number>;
  /** Forgets every failure, page and host. */
  clear(): Promise<void>;
  status(): StoreStatus;
  /** Writes already accepted are still saved; later calls reject. */
  close(): void;
}
