// Which of a page's failures the popup leads with (the list of them all is failure-rows.ts). The page's own
// document failing outranks any subresource; otherwise the worst fault (a provider's edge first).
import type { Diagnosis } from '../types';

export interface PageEntry {
  type?: string;
  timeStamp: number;
  diagnosis: Pick<Diagnosis, 'provider' | 'failure' | 'code'>;
}

const SEVERITY: Readonly<Record<string, number>> = { edge: 0, origin: 1, unknown: 2, block: 3, client: 4 };

/** How bad a fault is: lower is worse (a provider's edge first). */
export function severity(entry: PageEntry): number {
  const failure = entry.diagnosis?.failure;
  return typeof failure === 'string' && Object.hasOwn(SEVERITY, failure) ? (SEVERITY[failure] as number) : SEVERITY.unknown as number;
}

export function isFailing(entry: PageEntry): boolean {
  return entry?.diagnosis?.failure !== 'none';
}

/** What core/notice.ts says of an entry: whether the badge counts it, and whose request it was. */
export interface Noticed {
  notice?: { counts: boolean; party: 'page' | 'site' | 'other' };
}

/**
 * The failures a popup leads with — the page's own, its site's, and any the badge counts — and the rest:
 * other sites' requests that failed without breaking anything, shown collapsed underneath.
 */
export function leadingFailures<T extends PageEntry & Noticed>(entries: readonly T[]): { lead: T[]; otherSites: T[] } {
  const lead: T[] = [];
  const otherSites: T[] = [];
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object' || !isFailing(entry)) continue;
    const notice = entry.notice;
    if (notice === undefined || notice.counts || notice.party !== 'other') lead.push(entry);
    else otherSites.push(entry);
  }
  return { lead, otherSites };
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

/** When this failure started on the page: the first entry with the same provider and fault. */
export function failingSince(entries: readonly PageEntry[], main: PageEntry): number {
  let since = main.timeStamp;
  for (const entry of entries) {
    if (entry?.diagnosis?.provider === main.diagnosis.provider && entry.diagnosis.failure === main.diagnosis.failure && entry.timeStamp < since) since = entry.timeStamp;
  }
  return since;
}
