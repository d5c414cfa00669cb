// A provider's status feed, at most once a minute per provider: within that time every caller gets the
// same (possibly still pending) answer from the cache the caller owns. The clock comes from the caller.
import { parseStatusFeed, type StatusFeed, type StatusResult } from '../core/status';
import { fetchBody, type FetchImpl } from './fetch-body';

export const STATUS_MIN_INTERVAL_MS = 60_000;

export interface StatusCache {
  entries: Map<string, { at: number; result: Promise<StatusResult> }>;
}

export function createStatusCache(): StatusCache {
  return { entries: new Map() };
}

export interface FetchStatusOptions {
  timeoutMs: number;
  now: number;
  cache: StatusCache;
  minIntervalMs?: number;
}

export function fetchStatus(provider: string, feed: StatusFeed, fetchImpl: FetchImpl, options: FetchStatusOptions): Promise<StatusResult> {
  const { now, cache } = options;
  const interval = options.minIntervalMs ?? STATUS_MIN_INTERVAL_MS;
  const cached = cache.entries.get(provider);
  if (cached !== undefined && now >= cached.at && now - cached.at < interval) return cached.result;
  const result = load(provider, feed, fetchImpl, options.timeoutMs, now);
  cache.entries.set(provider, { at: now, result });
  return result;
}

async function load(provider: string, feed: StatusFeed, fetchImpl: FetchImpl, timeoutMs: number, now: number): Promise<StatusResult> {
  const answer = await fetchBody(feed.url, fetchImpl, { timeoutMs, maxBytes: 8 * 1024 * 1024 });
  if (!answer.ok) return { provider, reachable: false, error: answer.error, fetchedAt: now };
  return parseStatusFeed(feed.kind, answer.bytes, provider, now);
}
