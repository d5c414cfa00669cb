// The history chart's numbers: failures per provider in each hour of a span, for every backend alike.
import type { FailureRecord } from './schema';

export const HOUR_MS = 3_600_000;

export interface ProviderHours {
  provider: string | null; // null: no provider recognised
  counts: number[]; // one per hour, oldest first
}

/** Most failures first, then by provider id (none recognised last). */
export function byTotal(a: ProviderHours, b: ProviderHours): number {
  return sum(b.counts) - sum(a.counts) || compareProviders(a.provider, b.provider);
}

export function compareProviders(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

/** Counts records in [start, start + hours·HOUR_MS); providers with none are left out. */
export function countByHour(records: Iterable<Pick<FailureRecord, 'provider' | 'time'>>, start: number, hours: number): ProviderHours[] {
  const byProvider = new Map<string | null, number[]>();
  for (const { provider, time } of records) {
    const hour = Math.floor((time - start) / HOUR_MS);
    if (hour < 0 || hour >= hours) continue;
    const counts = byProvider.get(provider) ?? new Array<number>(hours).fill(0);
    counts[hour]! += 1;
    byProvider.set(provider, counts);
  }
  return [...byProvider].map(([provider, counts]) => ({ provider, counts })).sort(byTotal);
}

/** Adds b's counts into a's, per provider and hour. */
export function addHours(a: ProviderHours[], b: ProviderHours[]): ProviderHours[] {
  const merged = new Map(a.map(({ provider, counts }) => [provider, [...counts]]));
  for (const { provider, counts } of b) {
    const into = merged.get(provider);
    if (into === undefined) merged.set(provider, [...counts]);
    else counts.forEach((n, i) => (into[i] = (into[i] ?? 0) + n));
  }
  return [...merged].map(([provider, counts]) => ({ provider, counts })).sort(byTotal);
}

const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);
