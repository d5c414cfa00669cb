// The query recent() takes, and how a record is matched and ordered, for every backend alike.
import type { FailureRecord } from './schema';

export interface RecentQuery {
  provider?: string | null; // null: failures no provider was recognised for
  host?: string;
  since?: number; // time >= since
  limit?: number;
}

/** The provider as indexed ('' for none), or undefined when the query does not filter by provider. */
export function providerKeyOf(query: RecentQuery): string | undefined {
  return query.provider === undefined ? undefined : (query.provider ?? '');
}

export function matchesQuery(record: FailureRecord, query: RecentQuery): boolean {
  const providerKey = providerKeyOf(query);
  return (
    (providerKey === undefined || (record.provider ?? '') === providerKey) &&
    (query.host === undefined || record.host === query.host) &&
    (query.since === undefined || record.time >= query.since)
  );
}

/** Newest first; for equal times, the larger id first (the order of an IndexedDB index walked backwards). */
export function newestFirst(a: FailureRecord, b: FailureRecord): number {
  return b.time - a.time || compareIds(b.id, a.id);
}

export function oldestFirst(a: FailureRecord, b: FailureRecord): number {
  return a.time - b.time || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
