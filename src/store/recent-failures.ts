// recent() against the database, walked newest first through the index that narrows it most and stopped at
// the limit: a site filter (with or without a provider) is one range of `by-filter`, a provider alone one
// of `by-provider-time`, anything else a range of `by-time`. Only a host filter is checked record by record.
import type { DatabaseConnection } from './database-connection';
import { filterScope } from './filter-keys';
import { isBefore, providerKeyOf, type RecentQuery } from './recent-query';
import type { StoredFailure } from './schema';
import { siteScope } from './site-scope';

export function recentFailures(connection: DatabaseConnection, query: RecentQuery): Promise<StoredFailure[]> {
  const { host, since = -Infinity, before, limit = Infinity } = query;
  const providerKey = providerKeyOf(query);
  const scope = query.site === undefined ? undefined : siteScope(query.site);
  if (query.site !== undefined && scope === undefined) return Promise.resolve([]);
  const upper = before?.time ?? Infinity; // inclusive: records at the cursor's time with a smaller id follow it
  const [name, range] =
    scope !== undefined
      ? (['by-filter', IDBKeyRange.bound([filterScope(scope, providerKey), since], [filterScope(scope, providerKey), upper])] as const)
      : providerKey !== undefined
        ? (['by-provider-time', IDBKeyRange.bound([providerKey, since], [providerKey, upper])] as const)
        : (['by-time', IDBKeyRange.bound(since, upper)] as const);
  const keep = (record: StoredFailure) => (host === undefined || record.host === host) && (before === undefined || isBefore(record, before));
  return connection.run(['failures'], 'readonly', async (tx) => {
    const index = tx.store.index(name);
    if (host === undefined && limit === Infinity) {
      // Everything in range: one getAll is far cheaper than a cursor step per record.
      return (await index.getAll(range)).reverse().filter(keep);
    }
    const found: StoredFailure[] = [];
    for (let cursor = await index.openCursor(range, 'prev'); cursor && found.length < limit; cursor = await cursor.continue()) {
      if (keep(cursor.value)) found.push(cursor.value);
    }
    return found;
  });
}
