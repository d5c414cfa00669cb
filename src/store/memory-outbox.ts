// The outbox and meta in memory, for the memory-only store.
import { checkOutboxRecords, type OutboxStore } from './outbox-store';
import type { OutboxRecord } from './schema';

export function memoryOutbox(): OutboxStore {
  const outbox = new Map<string, OutboxRecord>();
  const meta = new Map<string, unknown>();
  return {
    async queueReports(records) {
      checkOutboxRecords(records);
      for (const record of records) outbox.set(record.id, structuredClone(record));
    },
    outbox: async (limit) =>
      structuredClone([...outbox.values()].sort((a, b) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1)).slice(0, limit)),
    async removeFromOutbox(ids) {
      for (const id of ids) outbox.delete(id);
    },
    async clearOutbox() {
      outbox.clear();
    },
    getMeta: async (key) => structuredClone(meta.get(key)),
    async setMeta(key, value) {
      meta.set(key, structuredClone(value));
    },
  };
}
