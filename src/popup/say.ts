// Renders the core's phrases with t(): a phrase's substitutions may be phrases themselves, or a day, written
// here in the browser's language (the core only knows the time).
import { isDay, isPhrase, type Sub } from '../core/explain';
import { t, uiLanguage } from '../shared/i18n';

export function say(value: Sub): string {
  if (isDay(value)) return formatDay(value.day);
  if (!isPhrase(value)) return String(value);
  return t(value.key, ...value.subs.map(say));
}

/** '12 Mar 2025' in English, '12. März 2025' in German: the day in UTC, as archives date their snapshots. */
export function formatDay(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10); // a language tag Intl does not know
  }
}
