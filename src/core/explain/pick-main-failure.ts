// Which of a page's failures the popup leads with, and the rest grouped by provider. The page's own
// document failing outranks any subresource; otherwise the worst fault (a provider's edge first).
import type { Diagnosis } from '../types';
import { providerName } from './service-names';

export interface PageEntry {
  type?: string;
  timeStamp: number;
  diagnosis: Pick<Diagnosis, 'provider' | 'failure' | 'code'>;
}

const SEVERITY: Readonly<Record<string, number>> = { edge: 0, origin: 1, unknown: 2, block: 3, client: 4 };

function severity(entry: PageEntry): number {
  const failure = entry.diagnosis?.failure;
  return typeof failure === 'string' && Object.hasOwn(SEVERITY, failure) ? (SEVERITY[failure] as number) : SEVERITY.unknown as number;
}

export function isFailing(entry: PageEntry): boolean {
  return entry?.diagnosis?.failure !== 'none';
}

/** The entry to headline, or undefined when nothing on the page failed. */
export function pickMainFailure<T extends PageEntry>(entries: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object' || !isFailing(entry)) continue;
    if (best === undefined || before(entry, best)) best = entry;
  }
  return best;
}

/** Higher rank first; on a tie the one carrying the provider's own code (it explains more), then the earliest. */
function before(a: PageEntry, b: PageEntry): boolean {
  if (rank(a) !== rank(b)) return rank(a) < rank(b);
  if (hasCode(a) !== hasCode(b)) return hasCode(a);
  return a.timeStamp < b.timeStamp;
}

function hasCode(entry: PageEntry): boolean {
  return typeof entry.diagnosis.code === 'string' && entry.diagnosis.code !== '';
}

function rank(entry: PageEntry): number {
  return (entry.type === 'main_frame' ? 0 : 10) + severity(entry);
}

export interface ProviderGroup<T> {
  provider: string | null;
  name?: string; // display name; absent when no provider was recognised
  entries: T[];
}

/** The other failing entries, one group per provider: the worst group first, then the largest. */
export function groupByProvider<T extends PageEntry>(entries: readonly T[], except?: T): ProviderGroup<T>[] {
  const groups = new Map<string, ProviderGroup<T>>();
  for (const entry of entries) {
    if (entry === except || entry === null || typeof entry !== 'object' || !isFailing(entry)) continue;
    const provider = typeof entry.diagnosis.provider === 'string' && entry.diagnosis.provider !== '' ? entry.diagnosis.provider : null;
    const key = provider ?? '';
    let group = groups.get(key);
    if (group === undefined) {
      group = provider === null ? { provider, entries: [] } : { provider, name: providerName(provider), entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  const worst = (group: ProviderGroup<T>) => Math.min(...group.entries.map(severity));
  return [...groups.values()].sort((a, b) => worst(a) - worst(b) || b.entries.length - a.entries.length);
}

/** When this failure started on the page: the first entry with the same provider and fault. */
export function failingSince(entries: readonly PageEntry[], main: PageEntry): number {
  let since = main.timeStamp;
  for (const entry of entries) {
    if (entry?.diagnosis?.provider === main.diagnosis.provider && entry.diagnosis.failure === main.diagnosis.failure && entry.timeStamp < since) since = entry.timeStamp;
  }
  return since;
}
