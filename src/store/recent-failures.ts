// recent() against the database: the provider-and-time index when filtering by provider, the time index
// otherwise, walked newest first and stopped at the limit.
import type { DatabaseConnection } from './database-connection';
import { providerKeyOf, type RecentQuery } from './recent-query';
import type { StoredFailure } from './schema';

export function recentFailures(connection: DatabaseConnection, query: RecentQuery): Promise<StoredFailure[]> {
  const { host, since = -Infinity, limit = Infinity } = query;
  const providerKey = providerKeyOf(query);
  return connection.run(['failures'], 'readonly', async (tx) => {
    const byTime = tx.store.index('by-time');
    const byProvider = tx.store.index('by-provider-time');
    const range = providerKey === undefined ? IDBKeyRange.lowerBound(since) : IDBKeyRange.bound([providerKey, since], [providerKey, Infinity]);
    if (host === undefined && limit === Infinity) {
      // Everything in range: one getAll is far cheaper than a cursor step per record.
      return (await (providerKey === undefined ? byTime.getAll(range) : byProvider.getAll(range))).reverse();
    }
    const first = providerKey === undefined ? byTime.openCursor(range, 'prev') : byProvider.openCursor(range, 'prev');
    const found: StoredFailure[] = [];
    for (let cursor = await first; cursor && found.length < limit; cursor = await cursor.continue()) {
      if (host === undefined || cursor.value.host === host) found.push(cursor.value);
    }
    return found;
  });
}
