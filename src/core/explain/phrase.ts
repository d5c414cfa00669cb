// A sentence as a message key and its substitutions: the core, the network clients and the store pick the
// words' key, the popup, the options page and the background's notifications render them with t() from
// _locales. A substitution may itself be a phrase (a status meaning inside a headline), or a day, a time or a
// count the page writes in the reader's language (the core has no language, only the time and the number).
import type { OutageKey } from '../incidents/outage-keys';
import type { MirrorKey } from '../mirrors/mirror-keys';
import type { ExplainKey } from './explain-keys';
import type { NetKey } from './net-keys';
import type { StoreKey } from './store-keys';

export type PhraseKey = ExplainKey | MirrorKey | OutageKey | NetKey | StoreKey;

/** A calendar day (UTC) as ms since the epoch, written by the page with Intl.DateTimeFormat. */
export interface Day {
  day: number;
}

/** A clock time in UTC (as providers' status pages give it), with its day when `withDay`. */
export interface UtcTime {
  utc: number;
  withDay?: boolean;
}

/** A count written with the reader's digit grouping ('5,000', '5.000'); a plain number is written as is. */
export interface Count {
  count: number;
}

/** Lines of text, one per value, e.g. a tooltip's list (joined with line breaks). */
export interface Lines {
  lines: Sub[];
}

export type Sub = string | number | Phrase | Day | UtcTime | Count | Lines;

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

export function isCount(value: unknown): value is Count {
  return typeof value === 'object' && value !== null && typeof (value as Count).count === 'number';
}

export function isLines(value: unknown): value is Lines {
  return typeof value === 'object' && value !== null && Array.isArray((value as Lines).lines);
}
