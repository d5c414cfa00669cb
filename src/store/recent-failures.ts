// recent() against the database: the provider-and-time index when filtering by provider, the time index
// otherwise, walked newest first and stopped at the limit.
import type { DatabaseConnection } from './database-connection';
import { providerKeyOf, type RecentQuery } from './recent-query';
import type { StoredFailure } from './schema';

export function recentFailures(connection: DatabaseConnection, query: RecentQuery): Promise<StoredFailure[]> {
  const { host, since = -Infinity, limit = Infinity } = query;
  const providerKey = providerKeyOf(query);
  return connection.run(['failures'], 'readonly', async (tx) => {
    const first =
      providerKey === undefined
        ? tx.store.index('by-time').openCursor(IDBKeyRange.lowerBound(since), 'prev')
        : tx.store.index('by-provider-time').openCursor(IDBKeyRange.bound([providerKey, since], [providerKey, Infinity]), 'prev');
    const found: StoredFailure[] = [];
    for (let cursor = await first; cursor && found.length < limit; cursor = await cursor.continue()) {
      if (host === undefined || cursor.value.host === host) found.push(cursor.value);
    }
    return found;
  });
}
