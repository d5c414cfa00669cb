// What the IndexedDB store could not save yet (a failed or quota-exceeded transaction), kept in memory,
// read together with the database, and replayed at the start of the next write.
import { memoryTables, type MemoryTables } from './memory-tables';
import { fromStored, toStored } from './stored-failure';
import type { WriteOp } from './write-op';

export interface Overlay {
  readonly tables: MemoryTables;
  /** Tabs whose page removal is not saved yet: the database still has a page for them. */
  readonly removedTabs: ReadonlySet<number>;
  isEmpty(): boolean;
  apply(op: WriteOp): void;
  /** The kept writes as ops, to replay before newer ones. */
  ops(): WriteOp[];
  /** Everything kept was saved. */
  reset(): void;
}

export function overlay(cap: number): Overlay {
  const tables = memoryTables(cap);
  const removedTabs = new Set<number>();
  function apply(op: WriteOp): void {
    switch (op.kind) {
      case 'failure':
        return tables.putFailure(fromStored(op.record));
      case 'page':
        removedTabs.delete(op.page.tabId);
        tables.pages.set(op.page.tabId, structuredClone(op.page));
        return;
      case 'remove-page':
        tables.pages.delete(op.tabId);
        removedTabs.add(op.tabId);
        return;
      case 'hosts':
        return op.hosts.forEach(tables.putHost);
      case 'clear':
        tables.clear();
        removedTabs.clear();
        return;
      case 'retry':
      case 'queue-reports': // outbox and meta writes are never kept here (keptInMemoryOnFailure)
      case 'unqueue-reports':
      case 'clear-outbox':
      case 'meta':
        return;
    }
  }
  return {
    tables,
    removedTabs,
    isEmpty: () => tables.failures.size + tables.pages.size + tables.hosts.size + removedTabs.size === 0,
    apply,
    ops: () => [
      ...[...tables.failures.values()].map((record): WriteOp => ({ kind: 'failure', record: toStored(record) })),
      ...(tables.hosts.size > 0 ? [{ kind: 'hosts', hosts: [...tables.hosts.values()] } satisfies WriteOp] : []),
      ...[...tables.pages.values()].map((page): WriteOp => ({ kind: 'page', page })),
      ...[...removedTabs].map((tabId): WriteOp => ({ kind: 'remove-page', tabId })),
    ],
    reset: () => apply({ kind: 'clear' }),
  };
}
