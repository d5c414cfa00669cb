// The page's failures for the popup's list, grouped twice: by provider, then into rows of failures that
// share host, fault and status (or network error). A page with 500 failing thumbnails reads as one row,
// "500 × image from d1q7….cloudfront.net — 504", not 500 lines.
import type { Diagnosis } from '../types';
import { networkErrorOf } from '../network-errors';
import { isFailing, severity, type PageEntry } from './pick-main-failure';
import { providerName } from './service-names';

export interface RowEntry extends PageEntry {
  host: string;
  /** How many failures the entry stands for (alike ones past a tab's bound were counted into it). */
  repeat?: number;
  diagnosis: Pick<Diagnosis, 'provider' | 'failure' | 'code' | 'status' | 'evidence'>;
}

export interface FailureRow<T> {
  host: string;
  /** The request types among the row's failures ('image', 'script'…), in the order first seen. */
  types: string[];
  count: number;
  /** The first of them, to explain the row by. */
  sample: T;
}

export interface FailureGroup<T> {
  provider: string | null;
  name?: string; // display name; absent when no provider was recognised
  count: number;
  rows: FailureRow<T>[];
}

interface Building<T> extends FailureGroup<T> {
  worst: number;
  byKey: Map<string, FailureRow<T> & { worst: number }>;
}

/** Every failing entry, by provider (the worst fault first, then the most failures), each in rows. */
export function groupFailures<T extends RowEntry>(entries: readonly T[]): FailureGroup<T>[] {
  const groups = new Map<string, Building<T>>();
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object' || typeof entry.diagnosis !== 'object' || entry.diagnosis === null || !isFailing(entry)) continue;
    const provider = typeof entry.diagnosis.provider === 'string' && entry.diagnosis.provider !== '' ? entry.diagnosis.provider : null;
    let group = groups.get(provider ?? '');
    if (group === undefined) {
      group = { provider, count: 0, rows: [], worst: Number.POSITIVE_INFINITY, byKey: new Map() };
      if (provider !== null) group.name = providerName(provider);
      groups.set(provider ?? '', group);
    }
    const host = typeof entry.host === 'string' ? entry.host : '';
    const rank = severity(entry);
    const key = [host, entry.diagnosis.failure, entry.diagnosis.status ?? networkErrorOf(entry.diagnosis) ?? ''].join('\n');
    const row = group.byKey.get(key);
    const n = timesOf(entry);
    if (row === undefined) {
      const added = { host, types: typeof entry.type === 'string' ? [entry.type] : [], count: n, sample: entry, worst: rank };
      group.byKey.set(key, added);
      group.rows.push(added);
    } else {
      row.count += n;
      if (typeof entry.type === 'string' && !row.types.includes(entry.type)) row.types.push(entry.type);
    }
    group.count += n;
    group.worst = Math.min(group.worst, rank);
  }
  const ordered = [...groups.values()].sort((a, b) => a.worst - b.worst || b.count - a.count);
  return ordered.map(({ provider, name, count, rows }) => ({
    provider,
    ...(name === undefined ? {} : { name }),
    count,
    rows: [...(rows as (FailureRow<T> & { worst: number })[])]
      .sort((a, b) => a.worst - b.worst || b.count - a.count)
      .map(({ worst: _worst, ...row }) => row),
  }));
}

/** How many failures an entry stands for: 1, or its `repeat` when alike failures were counted into it. */
export function timesOf(entry: { repeat?: unknown }): number {
  return typeof entry.repeat === 'number' && Number.isInteger(entry.repeat) && entry.repeat > 1 ? entry.repeat : 1;
}
