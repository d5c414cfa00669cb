// The store when IndexedDB cannot be used at all: the same interface over memory, capped.
import { checkFailure, checkHosts, checkPage } from './check-records';
import type { FailureStore, StoreStatus } from './store-types';
import { compareProviders, countByHour } from './hourly-counts';
import { memoryOutbox } from './memory-outbox';
import { memoryTables } from './memory-tables';
import { checkRetention } from './retention-policy';

export function memoryStore(cap: number, status: StoreStatus): FailureStore {
  const tables = memoryTables(cap);
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    async record(failure) {
      checkFailure(failure);
      tables.putFailure(failure);
    },
    forPage: async (tabId, pageId) => tables.forPage(tabId, pageId),
    recent: async (query = {}) => tables.recent(query),
    count: async () => tables.failures.size,
    hourlyCounts: async (start, hours) => countByHour(tables.failures.values(), start, hours),
    providers: async () => [...new Set([...tables.failures.values()].map((record) => record.provider))].sort(compareProviders),
    async setPage(page) {
      checkPage(page);
      tables.pages.set(page.tabId, copy(page));
    },
    getPage: async (tabId) => copy(tables.pages.get(tabId)),
    getPages: async () => [...tables.pages.values()].map(copy),
    async removePage(tabId) {
      tables.pages.delete(tabId);
    },
    async putHosts(hosts) {
      checkHosts(hosts);
      hosts.forEach(tables.putHost);
    },
    getHost: async (host) => copy(tables.hosts.get(host)),
    getHosts: async () => [...tables.hosts.values()].map((record) => structuredClone(record)),
    async prune(policy) {
      checkRetention(policy);
      return tables.prune(policy);
    },
    async clear() {
      tables.clear();
    },
    ...memoryOutbox(),
    status: () => ({ ...status }),
    close() {},
  };
}
