// Failures, pages and hosts held in memory, with the failures capped (oldest recorded dropped first).
// Both the memory-only store and the IndexedDB store's not-yet-saved overlay are built on this.
import { matchesQuery, newestFirst, oldestFirst, type RecentQuery } from './recent-query';
import type { FailureRecord, HostRecord, PageRecord } from './schema';
import type { RetentionPolicy } from './retention-policy';

export interface MemoryTables {
  readonly failures: ReadonlyMap<string, FailureRecord>;
  readonly pages: Map<number, PageRecord>;
  readonly hosts: ReadonlyMap<string, HostRecord>;
  putFailure(record: FailureRecord): void;
  putHost(host: HostRecord): void;
  /** Copies, oldest first. */
  forPage(tabId: number, pageId: string): FailureRecord[];
  /** Copies, newest first. */
  recent(query: RecentQuery): FailureRecord[];
  prune(policy: RetentionPolicy): number;
  clear(): void;
}

export function memoryTables(cap: number): MemoryTables {
  const failures = new Map<string, FailureRecord>();
  const pages = new Map<number, PageRecord>();
  const hosts = new Map<string, HostRecord>();
  const dropOldest = (map: Map<string, unknown>) => {
    while (map.size > cap) map.delete(map.keys().next().value as string);
  };
  return {
    failures,
    pages,
    hosts,
    putFailure(record) {
      failures.set(record.id, structuredClone(record)); // a copy, as IndexedDB would keep
      dropOldest(failures);
    },
    putHost(host) {
      hosts.delete(host.host); // re-learned hosts move to the newest end
      hosts.set(host.host, structuredClone(host));
      dropOldest(hosts);
    },
    forPage: (tabId, pageId) =>
      structuredClone([...failures.values()].filter((record) => record.tabId === tabId && record.pageId === pageId).sort(oldestFirst)),
    recent: (query) =>
      structuredClone([...failures.values()].filter((record) => matchesQuery(record, query)).sort(newestFirst).slice(0, query.limit)),
    prune({ maxAgeMs, maxCount, now }) {
      const byAge = [...failures.values()].sort(oldestFirst);
      const old = byAge.findIndex((record) => record.time >= now - maxAgeMs);
      const doomed = Math.max(old === -1 ? byAge.length : old, byAge.length - maxCount);
      for (const record of byAge.slice(0, doomed)) failures.delete(record.id);
      // Learned hosts and page records by the same age (they are what the failures were about).
      for (const [key, host] of hosts) if (!(host.seen >= now - maxAgeMs)) hosts.delete(key);
      for (const [key, page] of pages) if (!(page.start >= now - maxAgeMs)) pages.delete(key);
      return Math.max(doomed, 0);
    },
    clear() {
      failures.clear();
      pages.clear();
      hosts.clear();
    },
  };
}
