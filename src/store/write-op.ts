// Every write goes through the one group-commit queue as one of these, so writes keep their order, and a
// batch that fails can be kept in memory op by op (overlay.ts) and replayed later.
import type { IDBPTransaction } from 'idb';
import type { DetourDB, DetourStoreName, HostRecord, MetaRecord, OutboxRecord, PageRecord, StoredFailure } from './schema';

export type WriteOp =
  | { kind: 'failure'; record: StoredFailure }
  | { kind: 'page'; page: PageRecord }
  | { kind: 'remove-page'; tabId: number }
  | { kind: 'hosts'; hosts: HostRecord[] }
  | { kind: 'clear' }
  | { kind: 'retry' } // writes nothing itself: replays what is kept in memory
  | { kind: 'queue-reports'; records: OutboxRecord[] }
  | { kind: 'unqueue-reports'; ids: string[] }
  | { kind: 'clear-outbox' }
  | { kind: 'meta'; record: MetaRecord };

type WriteTransaction = IDBPTransaction<DetourDB, DetourStoreName[], 'readwrite'>;

const STORES_OF: { [K in WriteOp['kind']]: DetourStoreName[] } = {
  failure: ['failures'],
  page: ['pages'],
  'remove-page': ['pages'],
  hosts: ['hosts'],
  clear: ['failures', 'pages', 'hosts'],
  retry: [],
  'queue-reports': ['outbox'],
  'unqueue-reports': ['outbox'],
  'clear-outbox': ['outbox'],
  meta: ['meta'],
};

/** Outbox and meta writes are not kept in memory when their transaction fails: their caller is told, and
 * keeps what it could not queue (the outbox is the durable copy; a copy only in memory would promise more). */
export function keptInMemoryOnFailure(op: WriteOp): boolean {
  return !(op.kind === 'queue-reports' || op.kind === 'unqueue-reports' || op.kind === 'clear-outbox' || op.kind === 'meta');
}

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
    case 'queue-reports':
      return op.records.map((record) => tx.objectStore('outbox').put(record));
    case 'unqueue-reports':
      return op.ids.map((id) => tx.objectStore('outbox').delete(id));
    case 'clear-outbox':
      return [tx.objectStore('outbox').clear()];
    case 'meta':
      return [tx.objectStore('meta').put(op.record)];
  }
}

/** Errors that belong to one value, not to the batch: that op is refused, the others are written. */
export function isValueError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'DataError' || error.name === 'DataCloneError');
}
