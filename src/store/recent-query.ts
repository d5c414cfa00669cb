// The query recent() takes, and how a record is matched and ordered, for every backend alike.
import type { FailureRecord } from './schema';
import { inScope, siteScope } from './site-scope';

export interface RecentQuery {
  provider?: string | null; // null: failures no provider was recognised for
  host?: string;
  /** A host, or a registrable domain for all its hosts (site-scope.ts); one that names no host matches nothing. */
  site?: string;
  since?: number; // time >= since
  /** Paging: only records after this one in newest-first order (the last one of the previous page). */
  before?: PageCursor;
  limit?: number;
}

/** A position in newest-first order: a time, and for equal times the id (larger ids come first). */
export interface PageCursor {
  time: number;
  id: string;
}

/** The provider as indexed ('' for none), or undefined when the query does not filter by provider. */
export function providerKeyOf(query: RecentQuery): string | undefined {
  return query.provider === undefined ? undefined : (query.provider ?? '');
}

export function matchesQuery(record: FailureRecord, query: RecentQuery): boolean {
  const providerKey = providerKeyOf(query);
  const scope = query.site === undefined ? undefined : siteScope(query.site);
  return (
    (providerKey === undefined || (record.provider ?? '') === providerKey) &&
    (query.host === undefined || record.host === query.host) &&
    (query.site === undefined || (scope !== undefined && inScope(record.host, scope))) &&
    (query.since === undefined || record.time >= query.since) &&
    (query.before === undefined || isBefore(record, query.before))
  );
}

/** True when the record comes after the cursor in newest-first order. */
export function isBefore(record: Pick<FailureRecord, 'time' | 'id'>, cursor: PageCursor): boolean {
  return record.time < cursor.time || (record.time === cursor.time && record.id < cursor.id);
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
