// Renders a phrase the way the popup does, from the English catalogs, so tests read real sentences. A day
// reads as in British English, '1 Jan 2024' (the popup writes it in the browser's language).
import mirrors from '../../../src/locales/en/mirrors.json';
import popup from '../../../src/locales/en/popup.json';
import { isDay, isPhrase, type Phrase, type Sub } from '../../../src/core/explain';

const catalog = { ...popup, ...mirrors } as Record<string, { message: string }>;
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function say(value: Sub): string {
  if (isDay(value)) return DAY.format(value.day);
  if (!isPhrase(value)) return String(value);
  const message = catalog[value.key]?.message;
  if (message === undefined) throw new Error(`no message ${value.key} in popup.json or mirrors.json`);
  return message.replace(/\$([1-9])/g, (_, n: string) => {
    const sub = value.subs[Number(n) - 1];
    if (sub === undefined) throw new Error(`${value.key} uses $${n} but has ${value.subs.length} substitutions`);
    return say(sub);
  });
}

export type { Phrase };

/** A mirror suggestion with its words rendered, so tests compare the sentences a person reads. */
export function spoken<T extends { label: Sub; why: Sub; freshness: Sub; warning?: Sub }>(suggestion: T) {
  const { label, why, freshness, warning, ...rest } = suggestion;
  return { ...rest, label: say(label), why: say(why), freshness: say(freshness), ...(warning === undefined ? {} : { warning: say(warning) }) };
}
