// Retention against the database. For the failures, both limits delete the oldest records first, so
// pruning is one number (how many of the oldest go), found with two counts, then deleted through the time
// index in bounded batches, each its own transaction: keys only, never the records themselves. What is kept
// beside them goes by the same age limit.
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

/**
 * Learned hosts not seen, and tabs' page records not started, since the cutoff (the failures' age limit).
 * A read finds them; a write happens only when there are some.
 */
export async function pruneStale(connection: DatabaseConnection, cutoff: number): Promise<number> {
  const [hosts, pages] = await connection.run(['hosts', 'pages'], 'readonly', async (tx) => {
    const [allHosts, allPages] = await Promise.all([tx.objectStore('hosts').getAll(), tx.objectStore('pages').getAll()]);
    return [allHosts.filter((host) => !(host.seen >= cutoff)).map((host) => host.host), allPages.filter((page) => !(page.start >= cutoff)).map((page) => page.tabId)] as const;
  });
  if (hosts.length === 0 && pages.length === 0) return 0;
  await connection.run(['hosts', 'pages'], 'readwrite', async (tx) => {
    await transactionDone(tx, [...hosts.map((key) => tx.objectStore('hosts').delete(key)), ...pages.map((key) => tx.objectStore('pages').delete(key))]);
  });
  return hosts.length + pages.length;
}
