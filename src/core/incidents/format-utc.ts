// Times shown to people are UTC, as providers' status pages and post-mortems give them.

/** "11:48 UTC", or "18 Nov 11:48 UTC" with the day; '' for a time that is not one. */
export function formatUtc(time: number, withDay = false): string {
  if (!Number.isFinite(time)) return '';
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return '';
  const hm = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  if (!withDay) return `${hm} UTC`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${hm} UTC`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');
