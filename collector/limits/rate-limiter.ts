// A token bucket per hashed client (an IPv4 address or an IPv6 /64). Buckets are dropped when the
// hashing key rotates, and the table is bounded so a flood of addresses cannot grow it without end.
import type { AddressHasher } from './address-hasher';

const MAX_TRACKED = 100_000;

export interface RateLimiter {
  /** undefined when the request may go on; otherwise the seconds to wait. */
  take(address: string): number | undefined;
}

export function createRateLimiter(options: { perMinute: number; hasher: AddressHasher; now: () => number }): RateLimiter {
  const { perMinute, hasher, now } = options;
  const capacity = Math.max(1, Math.ceil(perMinute / 2)); // a burst of half a minute's allowance
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let keyDay = Number.NaN;
  return {
    take(address) {
      if (perMinute === 0) return undefined;
      const { id, day } = hasher.hash(address);
      if (day !== keyDay) {
        buckets.clear(); // yesterday's ids can never come back
        keyDay = day;
      }
      const t = now();
      const bucket = buckets.get(id) ?? { tokens: capacity, at: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.delete(id); // re-insert: Map order becomes least recently seen first
      if (buckets.size >= MAX_TRACKED) buckets.delete(buckets.keys().next().value as string);
      buckets.set(id, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return undefined;
      }
      return Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
  };
}
