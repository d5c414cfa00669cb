// Every write goes through the one group-commit queue as one of these, so writes keep their order, and a
// batch that fails can be kept in memory op by op (overlay.ts) and replayed later.
import type { IDBPTransaction } from 'idb';
import type { DetourDB, DetourStoreName, HostRecord, PageRecord, StoredFailure } from './schema';

export type WriteOp =
  | { kind: 'failure'; record: StoredFailure }
  | { kind: 'page'; page: PageRecord }
  | { kind: 'remove-page'; tabId: number }
  | { kind: 'hosts'; hosts: HostRecord[] }
  | { kind: 'clear' }
  | { kind: 'retry' }; // writes nothing itself: replays what is kept in memory

type WriteTransaction = IDBPTransaction<DetourDB, DetourStoreName[], 'readwrite'>;

const STORES_OF: { [K in WriteOp['kind']]: DetourStoreName[] } = {
  failure: ['failures'],
  page: ['pages'],
  'remove-page': ['pages'],
  hosts: ['hosts'],
  clear: ['failures', 'pages', 'hosts'],
  retry: [],
};

export function storesOf(ops: readonly WriteOp[]): DetourStoreName[] {
  return [...new Set(ops.flatMap((op) => STORES_OF[op.kind]))];
}

/** Issues the op's requests; may throw synchronously (a value IndexedDB refuses, a transaction gone). */
export function applyOp(tx: WriteTransaction, op: WriteOp): Promise<unknown>[] {
  switch (op.kind) {
    case 'failure':
      return [tx.objectStore('failures').put(op.record)];
    case 'page':
      return [tx.objectStore('pages').put(op.page)];
    case 'remove-page':
      return [tx.objectStore('pages').delete(op.tabId)];
    case 'hosts':
      return op.hosts.map((host) => tx.objectStore('hosts').put(host));
    case 'clear':
      return (['failures', 'pages', 'hosts'] as const).map((name) => tx.objectStore(name).clear());
    case 'retry':
      return [];
  }
}

/** Errors that belong to one value, not to the batch: that op is refused, the others are written. */
export function isValueError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'DataError' || error.name === 'DataCloneError');
}
