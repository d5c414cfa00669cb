// How long, and how many, failures are kept. The background passes the person's settings to prune().
export interface RetentionPolicy {
  maxAgeMs: number;
  maxCount: number;
  now: number;
}

export const DEFAULT_RETENTION: Readonly<Omit<RetentionPolicy, 'now'>> = { maxAgeMs: 7 * 24 * 60 * 60 * 1000, maxCount: 50_000 };

/** Throws on a policy that would prune nonsense (NaN, negative). */
export function checkRetention({ maxAgeMs, maxCount, now }: RetentionPolicy): void {
  if (!(maxAgeMs >= 0) || !(maxCount >= 0) || !Number.isFinite(now)) {
    throw new RangeError(`prune: maxAgeMs and maxCount must be >= 0 and now finite (got ${maxAgeMs}, ${maxCount}, ${now})`);
  }
}
