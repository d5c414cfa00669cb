// A sentence as a message key and its substitutions: the core picks the words' key, the popup renders them
// with t() from _locales. A substitution may itself be a phrase (a status meaning inside a headline).
import type { ExplainKey } from './explain-keys';

export type Sub = string | number | Phrase;

export interface Phrase {
  key: ExplainKey;
  subs: Sub[];
}

export function phrase(key: ExplainKey, ...subs: Sub[]): Phrase {
  return { key, subs };
}

export function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && typeof (value as Phrase).key === 'string' && Array.isArray((value as Phrase).subs);
}
