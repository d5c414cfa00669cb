// Gives the failures stored before schema version 3 their filter keys (filter-keys.ts), after the upgrade
// and a few hundred per transaction: rewriting 50,000 inside the upgrade took about 40 s in Chromium, longer
// than an MV3 worker may sit idle, and an upgrade cut short starts over. Until it is done, a site filter
// misses the older failures. Any context may run it; a batch is the same whoever runs it, and one that is
// cut short is simply done again.
import type { DatabaseConnection } from './database-connection';
import { filterKeysOf } from './filter-keys';
import { FILTER_KEYS_PENDING } from './schema';
import { transactionDone } from './transaction-done';

export const BACKFILL_BATCH = 500;

export async function backfillFilterKeys(connection: DatabaseConnection, stopped: () => boolean): Promise<void> {
  const pending = await connection.run(['meta'], 'readonly', (tx) => tx.store.get(FILTER_KEYS_PENDING));
  if (pending?.value !== true) return;
  let after: string | undefined;
  while (!stopped()) {
    after = await connection.run(['failures', 'meta'], 'readwrite', async (tx) => {
      const requests: Promise<unknown>[] = [];
      let last: string | undefined;
      let cursor = await tx.objectStore('failures').openCursor(after === undefined ? null : IDBKeyRange.lowerBound(after, true));
      for (let seen = 0; cursor && seen < BACKFILL_BATCH; seen++) {
        const record = cursor.value;
        if (record.filterKeys === undefined) requests.push(cursor.update({ ...record, filterKeys: filterKeysOf(record) }));
        last = cursor.primaryKey;
        cursor = seen + 1 < BACKFILL_BATCH ? await cursor.continue() : null;
      }
      if (last === undefined) requests.push(tx.objectStore('meta').put({ key: FILTER_KEYS_PENDING, value: false }));
      await transactionDone(tx, requests);
      return last;
    });
    if (after === undefined) return;
  }
}
