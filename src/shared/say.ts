// Renders phrases (from the core, src/net and src/store) with t(): the popup, the options page, and the
// background's tooltip and notifications. A phrase's substitutions may be phrases themselves, or a day, a
// time or a count, written here in the browser's language (the core only knows the time and the number).
import { isCount, isDay, isLines, isPhrase, isUtcTime, type Sub } from '../core/explain';
import { t, uiLanguage } from './i18n';

export function say(value: Sub): string {
  if (isDay(value)) return formatDay(value.day);
  if (isUtcTime(value)) return formatUtc(value.utc, value.withDay === true);
  if (isCount(value)) return value.count.toLocaleString(uiLanguage());
  if (isLines(value)) return value.lines.map(say).join('\n');
  if (!isPhrase(value)) return String(value);
  return t(value.key, ...value.subs.map(say));
}

/** '12 Mar 2025' in British English, 'Mar 12, 2025' in American: the day in UTC, as archives date snapshots. */
export function formatDay(ms: number): string {
  return format(ms, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** '11:48', or '18 Nov, 11:48' with the day: a UTC clock time (the message says "UTC"). */
export function formatUtc(ms: number, withDay = false): string {
  const day: Intl.DateTimeFormatOptions = withDay ? { day: 'numeric', month: 'short' } : {};
  return format(ms, { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
}

function format(ms: number, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
  } catch {
    return date.toISOString().slice(0, options.hour === undefined ? 10 : 16).replace('T', ' '); // a language Intl does not know
  }
}
