// "3 days ago", "2 min ago": ages in plain words for the freshness line.
const UNITS: readonly [number, string][] = [
  [365 * 86_400_000, 'year'],
  [30 * 86_400_000, 'month'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'min'],
];

export function describeAge(ms: number): string {
  if (!Number.isFinite(ms) || ms < 60_000) return 'just now';
  for (const [size, unit] of UNITS) {
    if (ms >= size) {
      const count = Math.floor(ms / size);
      return `${count} ${unit}${count === 1 || unit === 'min' ? '' : 's'} ago`;
    }
  }
  return 'just now';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '12 Mar 2025' for a time in ms (UTC), or undefined for one that is not a date. */
export function formatDay(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
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
