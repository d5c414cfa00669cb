// The store over IndexedDB. Writes go through one group-commit queue (save-batch.ts); reads combine the
// database with what is kept in memory because it could not be saved yet (overlay.ts).
import { backfillFilterKeys } from './backfill-filter-keys';
import { checkFailure, checkHosts, checkPage } from './check-records';
import type { DatabaseConnection } from './database-connection';
import type { FailureStore } from './store-types';
import { storedHourlyCounts, storedProviders } from './failure-counts';
import { groupCommit } from './group-commit';
import { addHours, compareProviders, countByHour } from './hourly-counts';
import { idbOutbox } from './idb-outbox';
import { overlay as makeOverlay } from './overlay';
import { pruneFailures, pruneStale } from './prune-failures';
import { recentFailures } from './recent-failures';
import { newestFirst, oldestFirst, type RecentQuery } from './recent-query';
import { checkRetention, DEFAULT_RETENTION, type RetentionPolicy } from './retention-policy';
import { saveBatch } from './save-batch';
import type { FailureRecord } from './schema';
import type { StatusKeeper } from './store-status';
import { fromStored, toStored } from './stored-failure';

export interface IdbStoreDeps {
  connection: DatabaseConnection;
  status: StatusKeeper;
  cap: number;
}

export function idbStore({ connection, status, cap }: IdbStoreDeps): FailureStore {
  const overlay = makeOverlay(cap);
  let closed = false;
  let policy: Omit<RetentionPolicy, 'now'> = DEFAULT_RETENTION;
  let pruning = Promise.resolve(0);
  let madeRoom = false; // once per storage-full episode: the quota will not grow by pruning it again
  const writer = groupCommit(
    saveBatch({ connection, overlay, status, cap, onSaved: () => (madeRoom = false), onStorageFull: () => void makeRoom() }),
  );

  const open = () => (closed ? Promise.reject(new Error('the Detour store is closed')) : Promise.resolve());
  // Once after the upgrade to version 3; a no-op read of one meta value otherwise.
  void backfillFilterKeys(connection, () => closed).catch(() => {}); // cut short: the next open goes on
  const write: typeof writer.write = (op) => (closed ? open() : writer.write(op));

  /** Prunes serially: two prunes counting at once would each delete the same excess. */
  function prune(next: RetentionPolicy): Promise<number> {
    pruning = pruning.catch(() => 0).then(() => pruneFailures(connection, next));
    return pruning;
  }

  /** Storage is full: drop the oldest tenth of the saved failures (at most the policy's), then retry. */
  async function makeRoom(): Promise<void> {
    if (madeRoom || closed) return;
    madeRoom = true;
    try {
      const total = await connection.run(['failures'], 'readonly', (tx) => tx.store.count());
      const deleted = await prune({ ...policy, maxCount: Math.min(policy.maxCount, Math.floor(total * 0.9)), now: Date.now() });
      if (deleted > 0 && !closed) await writer.write({ kind: 'retry' });
    } catch {
      // The status already says what is unsaved; the next write tries again.
    }
  }

  /** Records from the database, with those kept in memory in their place (the newer write). */
  function withUnsaved(saved: FailureRecord[], unsaved: FailureRecord[]): FailureRecord[] {
    const unsavedIds = new Set(unsaved.map((record) => record.id));
    return [...saved.filter((record) => !unsavedIds.has(record.id)), ...unsaved];
  }

  /** Failures kept in memory that the database does not have at all (not a newer copy of a saved one). */
  async function unsavedOnly(): Promise<FailureRecord[]> {
    const unsaved = [...overlay.tables.failures.values()];
    if (unsaved.length === 0) return [];
    const keys = await connection.run(['failures'], 'readonly', (tx) => Promise.all(unsaved.map((record) => tx.store.getKey(record.id))));
    return unsaved.filter((_, i) => keys[i] === undefined);
  }

  return {
    async record(failure) {
      checkFailure(failure);
      await write({ kind: 'failure', record: toStored(failure) });
    },
    async forPage(tabId, pageId) {
      await open();
      const saved = await connection.run(['failures'], 'readonly', (tx) => tx.store.index('by-page').getAll([tabId, pageId]));
      return withUnsaved(saved.map(fromStored), overlay.tables.forPage(tabId, pageId)).sort(oldestFirst);
    },
    async recent(query: RecentQuery = {}) {
      await open();
      const unsaved = overlay.tables.recent(query);
      const limit = query.limit === undefined ? undefined : query.limit + overlay.tables.failures.size;
      const saved = (await recentFailures(connection, { ...query, limit })).map(fromStored);
      return withUnsaved(saved, unsaved).sort(newestFirst).slice(0, query.limit);
    },
    async count() {
      await open();
      const unsavedIds = [...overlay.tables.failures.keys()];
      return connection.run(['failures'], 'readonly', async (tx) => {
        const [saved, ...keys] = await Promise.all([tx.store.count(), ...unsavedIds.map((id) => tx.store.getKey(id))]);
        return saved + keys.filter((key) => key === undefined).length;
      });
    },
    async hourlyCounts(start, hours) {
      await open();
      const [saved, unsaved] = await Promise.all([storedHourlyCounts(connection, start, hours), unsavedOnly()]);
      return addHours(saved, countByHour(unsaved, start, hours));
    },
    async providers() {
      await open();
      const saved = await storedProviders(connection);
      const unsaved = [...overlay.tables.failures.values()].map((record) => record.provider);
      return [...new Set([...saved, ...unsaved])].sort(compareProviders);
    },
    async setPage(page) {
      checkPage(page);
      await write({ kind: 'page', page: { ...page } });
    },
    async getPage(tabId) {
      await open();
      if (overlay.removedTabs.has(tabId)) return undefined;
      return structuredClone(overlay.tables.pages.get(tabId)) ?? connection.run(['pages'], 'readonly', (tx) => tx.store.get(tabId));
    },
    async getPages() {
      await open();
      const saved = await connection.run(['pages'], 'readonly', (tx) => tx.store.getAll());
      const byTab = new Map(saved.filter((page) => !overlay.removedTabs.has(page.tabId)).map((page) => [page.tabId, page]));
      for (const page of overlay.tables.pages.values()) byTab.set(page.tabId, structuredClone(page));
      return [...byTab.values()];
    },
    removePage: (tabId) => write({ kind: 'remove-page', tabId }),
    async putHosts(hosts) {
      checkHosts(hosts);
      await (hosts.length === 0 ? open() : write({ kind: 'hosts', hosts: hosts.map((host) => ({ ...host })) }));
    },
    async getHost(host) {
      await open();
      return structuredClone(overlay.tables.hosts.get(host)) ?? connection.run(['hosts'], 'readonly', (tx) => tx.store.get(host));
    },
    async getHosts() {
      await open();
      const saved = await connection.run(['hosts'], 'readonly', (tx) => tx.store.getAll());
      const byHost = new Map(saved.map((record) => [record.host, record]));
      for (const record of overlay.tables.hosts.values()) byHost.set(record.host, structuredClone(record));
      return [...byHost.values()];
    },
    async prune(next) {
      await open();
      checkRetention(next);
      policy = { maxAgeMs: next.maxAgeMs, maxCount: next.maxCount };
      const deleted = (await prune(next)) + overlay.tables.prune(next);
      if (Number.isFinite(next.maxAgeMs)) await pruneStale(connection, next.now - next.maxAgeMs); // hosts and pages by the same age
      return deleted;
    },
    clear: () => write({ kind: 'clear' }),
    ...idbOutbox({ connection, write, open }),
    status: () => status.get(),
    close() {
      if (closed) return;
      closed = true;
      // Writes already accepted are still saved; then the connection closes.
      void writer.idle().then(() => connection.close());
    },
  };
}
