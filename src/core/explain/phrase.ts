// A sentence as a message key and its substitutions: the core picks the words' key, the popup renders them
// with t() from _locales. A substitution may itself be a phrase (a status meaning inside a headline), or a
// day or a time the page writes in the reader's language (the core has no language, only the time).
import type { OutageKey } from '../incidents/outage-keys';
import type { MirrorKey } from '../mirrors/mirror-keys';
import type { ExplainKey } from './explain-keys';

export type PhraseKey = ExplainKey | MirrorKey | OutageKey;

/** A calendar day (UTC) as ms since the epoch, written by the page with Intl.DateTimeFormat. */
export interface Day {
  day: number;
}

/** A clock time in UTC (as providers' status pages give it), with its day when `withDay`. */
export interface UtcTime {
  utc: number;
  withDay?: boolean;
}

export type Sub = string | number | Phrase | Day | UtcTime;

export interface Phrase {
  key: PhraseKey;
  subs: Sub[];
}

export function phrase(key: PhraseKey, ...subs: Sub[]): Phrase {
  return { key, subs };
}

export function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && typeof (value as Phrase).key === 'string' && Array.isArray((value as Phrase).subs);
}

export function isDay(value: unknown): value is Day {
  return typeof value === 'object' && value !== null && typeof (value as Day).day === 'number';
}

export function isUtcTime(value: unknown): value is UtcTime {
  return typeof value === 'object' && value !== null && typeof (value as UtcTime).utc === 'number';
}
