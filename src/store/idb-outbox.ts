// The outbox and meta over IndexedDB. Writes go through the store's one group-commit queue (write-op.ts),
// so a queued report and a failure recorded in the same task share one transaction.
import type { DatabaseConnection } from './database-connection';
import { checkOutboxRecords, type OutboxStore } from './outbox-store';
import type { WriteOp } from './write-op';

export interface IdbOutboxDeps {
  connection: DatabaseConnection;
  write(op: WriteOp): Promise<void>;
  open(): Promise<void>;
}

export function idbOutbox({ connection, write, open }: IdbOutboxDeps): OutboxStore {
  return {
    async queueReports(records) {
      checkOutboxRecords(records);
      if (records.length === 0) return open();
      await write({ kind: 'queue-reports', records: records.map((record) => structuredClone(record)) });
    },
    async outbox(limit) {
      await open();
      return connection.run(['outbox'], 'readonly', (tx) => tx.store.index('by-queued').getAll(undefined, limit));
    },
    removeFromOutbox: (ids) => (ids.length === 0 ? open() : write({ kind: 'unqueue-reports', ids: [...ids] })),
    clearOutbox: () => write({ kind: 'clear-outbox' }),
    async getMeta(key) {
      await open();
      return (await connection.run(['meta'], 'readonly', (tx) => tx.store.get(key)))?.value;
    },
    setMeta: (key, value) => write({ kind: 'meta', record: { key, value: structuredClone(value) } }),
  };
}
