// "3 days ago", "2 min ago": ages for the freshness line, as phrases the popup words in its language.
import { phrase, type Phrase } from '../explain/phrase';
import type { MirrorKey } from './mirror-keys';

// [size, key for one, key for several]: minutes have one form ("1 min ago", "5 min ago").
const UNITS: readonly [number, MirrorKey, MirrorKey][] = [
  [365 * 86_400_000, 'mirrorAgeYear', 'mirrorAgeYears'],
  [30 * 86_400_000, 'mirrorAgeMonth', 'mirrorAgeMonths'],
  [86_400_000, 'mirrorAgeDay', 'mirrorAgeDays'],
  [3_600_000, 'mirrorAgeHour', 'mirrorAgeHours'],
  [60_000, 'mirrorAgeMinutes', 'mirrorAgeMinutes'],
];

export function describeAge(ms: number): Phrase {
  if (!Number.isFinite(ms) || ms < 60_000) return phrase('mirrorAgeNow');
  for (const [size, one, several] of UNITS) {
    if (ms >= size) {
      const count = Math.floor(ms / size);
      return count === 1 && one !== several ? phrase(one) : phrase(several, count);
    }
  }
  return phrase('mirrorAgeNow');
}

/** 'seen on your last healthy visit 3 days ago', or on an earlier one when the time was not kept. */
export function seenFreshness(now: number, seen: number | undefined): Phrase {
  return typeof seen === 'number' ? phrase('mirrorFreshSeen', describeAge(now - seen)) : phrase('mirrorFreshSeenEarlier');
}

/** A 14-digit Wayback timestamp (YYYYMMDDhhmmss) as ms, or NaN. */
export function parseWaybackTimestamp(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (m === null) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const ms = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
  const check = new Date(ms);
  return check.getUTCMonth() === (mo as number) - 1 && check.getUTCDate() === d ? ms : Number.NaN;
}
