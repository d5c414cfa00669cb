// Renders a phrase the way the popup does, from the English catalogs, so tests read real sentences. A day
// reads as in British English, '1 Jan 2024', a UTC time as '18 Nov 09:05' (the page writes them in the
// browser's language).
import mirrors from '../../../src/locales/en/mirrors.json';
import net from '../../../src/locales/en/net.json';
import outage from '../../../src/locales/en/outage.json';
import popup from '../../../src/locales/en/popup.json';
import store from '../../../src/locales/en/store.json';
import { isCount, isDay, isPhrase, isUtcTime, type Phrase, type Sub } from '../../../src/core/explain';

const catalog = { ...popup, ...mirrors, ...outage, ...net, ...store } as Record<string, { message: string }>;
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function say(value: Sub): string {
  if (isDay(value)) return DAY.format(value.day);
  if (isUtcTime(value)) return utc(value.utc, value.withDay === true);
  if (isCount(value)) return value.count.toLocaleString('en-GB');
  if (!isPhrase(value)) return String(value);
  const message = catalog[value.key]?.message;
  if (message === undefined) throw new Error(`no message ${value.key} in the English catalogs`);
  return message.replace(/\$([1-9])/g, (_, n: string) => {
    const sub = value.subs[Number(n) - 1];
    if (sub === undefined) throw new Error(`${value.key} uses $${n} but has ${value.subs.length} substitutions`);
    return say(sub);
  });
}

export type { Phrase };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utc(time: number, withDay: boolean): string {
  const date = new Date(time);
  const hm = date.toISOString().slice(11, 16);
  return withDay ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${hm}` : hm;
}

/** A mirror suggestion with its words rendered, so tests compare the sentences a person reads. */
export function spoken<T extends { label: Sub; why: Sub; freshness: Sub; warning?: Sub }>(suggestion: T) {
  const { label, why, freshness, warning, ...rest } = suggestion;
  return { ...rest, label: say(label), why: say(why), freshness: say(freshness), ...(warning === undefined ? {} : { warning: say(warning) }) };
}
