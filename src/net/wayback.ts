// The Wayback Machine's availability API (archive.org/wayback/available): the snapshot closest to a time.
// When it is slow, the caller offers waybackLatestUrl instead (the core does this on an error).
import { phrase } from '../core/explain';
import type { WaybackLookup } from '../core/mirrors';
import { fetchAnswer, readJson } from './fetch-answer';
import type { FetchImpl } from './fetch-body';

export const WAYBACK_API = 'https://archive.org';
export const WAYBACK_SNAPSHOTS = 'https://web.archive.org';

export interface WaybackOptions {
  timeoutMs: number;
  baseUrl?: string; // the API's origin, default https://archive.org
  timestamp?: string; // YYYYMMDDhhmmss (or a prefix); default: the newest
}

/** `https://web.archive.org/web/2/<url>`: redirects to the newest capture (what the Wayback extension uses). */
export function waybackLatestUrl(pageUrl: string): string {
  return `${WAYBACK_SNAPSHOTS}/web/2/${pageUrl}`;
}

export async function lookupWayback(pageUrl: string, fetchImpl: FetchImpl, options: WaybackOptions): Promise<WaybackLookup> {
  const query = new URLSearchParams({ url: pageUrl });
  if (options.timestamp !== undefined && /^\d{1,14}$/.test(options.timestamp)) query.set('timestamp', options.timestamp);
  const answer = await fetchAnswer(`${options.baseUrl ?? WAYBACK_API}/wayback/available?${query}`, fetchImpl, { timeoutMs: options.timeoutMs, maxBytes: 64 * 1024 });
  if (!answer.ok) return { status: 'error', error: answer.error };
  if (answer.status !== 200) return { status: 'error', error: phrase('netHttp', answer.host, answer.status) };
  const json = readJson(answer.bytes, answer.host);
  if (!json.ok) return { status: 'error', error: json.error };
  return readAvailability(json.value, answer.host);
}

/** `{archived_snapshots: {closest: {available, url, timestamp, status}}}`; `{}` means nothing archived. */
export function readAvailability(value: unknown, host: string): WaybackLookup {
  const snapshots = (value as { archived_snapshots?: unknown } | null)?.archived_snapshots;
  if (typeof snapshots !== 'object' || snapshots === null) return { status: 'error', error: phrase('netWaybackNoSnapshots', host) };
  const closest = (snapshots as { closest?: unknown }).closest;
  if (closest === undefined) return { status: 'none' };
  const { available, url, timestamp } = (closest ?? {}) as { available?: unknown; url?: unknown; timestamp?: unknown };
  if (available === false) return { status: 'none' };
  if (typeof url !== 'string' || typeof timestamp !== 'string' || !/^\d{14}$/.test(timestamp)) return { status: 'error', error: phrase('netWaybackUnusable', host) };
  const snapshot = snapshotUrl(url, timestamp);
  return snapshot === undefined ? { status: 'error', error: phrase('netWaybackElsewhere', host) } : { status: 'found', url: snapshot, timestamp };
}

/** The API answers http://web.archive.org/web/<ts>/<url>: keep only that shape, over https. */
function snapshotUrl(value: string, timestamp: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname !== 'web.archive.org' || url.username !== '' || url.port !== '') return undefined;
  if (!url.pathname.startsWith(`/web/${timestamp}`)) return undefined;
  url.protocol = 'https:';
  return url.href;
}
