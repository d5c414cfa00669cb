// Retention against the database. Both limits delete the oldest records first, so pruning is one number
// (how many of the oldest go), found with two counts, then deleted through the time index in bounded
// batches, each its own transaction: keys only, never the records themselves.
import type { DatabaseConnection } from './database-connection';
import type { RetentionPolicy } from './retention-policy';
import { transactionDone } from './transaction-done';

export const PRUNE_BATCH = 2_000;

export async function pruneFailures(connection: DatabaseConnection, { maxAgeMs, maxCount, now }: RetentionPolicy): Promise<number> {
  const [tooOld, total] = await connection.run(['failures'], 'readonly', (tx) =>
    Promise.all([tx.store.index('by-time').count(IDBKeyRange.upperBound(now - maxAgeMs, true)), tx.store.count()]),
  );
  let remaining = Math.max(tooOld, total - maxCount);
  let deleted = 0;
  while (remaining > 0) {
    const batch = await connection.run(['failures'], 'readwrite', async (tx) => {
      const keys = await tx.store.index('by-time').getAllKeys(null, Math.min(remaining, PRUNE_BATCH));
      await transactionDone(tx, keys.map((key) => tx.store.delete(key)));
      return keys.length;
    });
    if (batch === 0) break; // someone else (another context) pruned them meanwhile
    deleted += batch;
    remaining -= batch;
  }
  return deleted;
}
