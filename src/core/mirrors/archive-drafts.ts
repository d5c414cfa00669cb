// Archive suggestions: the Wayback Machine (closest snapshot, or its latest-snapshot shortcut when the
// lookup failed or has not answered), archive.today's newest snapshot, and other archives via Memento.
import { phrase } from '../explain/phrase';
import { describeAge, parseWaybackTimestamp } from './describe-age';
import type { Draft } from './draft';
import { safeHttpsUrl } from './safe-url';
import type { MirrorInput } from './types';

const WAYBACK_HOST = 'web.archive.org';
export const ARCHIVE_TODAY_HOSTS: ReadonlySet<string> = new Set(['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.md']);
const MAX_MEMENTOS = 3;

export function waybackDrafts(input: MirrorInput, page: URL): Draft[] {
  const lookup = input.wayback;
  if (lookup?.status === 'none') return [];
  if (lookup?.status === 'found') {
    const url = safeHttpsUrl(lookup.url);
    const at = parseWaybackTimestamp(lookup.timestamp);
    if (url !== undefined && new URL(url).hostname === WAYBACK_HOST && Number.isFinite(at)) {
      return [{
        kind: 'wayback', action: 'open', url, host: WAYBACK_HOST, label: phrase('mirrorLabelWayback'),
        why: phrase('mirrorWhyWayback'),
        freshness: phrase('mirrorFreshSnapshot', { day: at }, describeAge(input.now - at)),
      }];
    }
  }
  // The lookup failed, timed out or is still running: the shortcut opens the newest capture, if any.
  const url = safeHttpsUrl(`https://${WAYBACK_HOST}/web/2/${page.href}`);
  if (url === undefined) return [];
  return [{
    kind: 'wayback', action: 'open', url, host: WAYBACK_HOST, label: phrase('mirrorLabelWaybackLatest'),
    why: phrase('mirrorWhyWaybackMaybe'),
    freshness: phrase(lookup?.status === 'error' ? 'mirrorFreshLookupFailed' : 'mirrorFreshNotChecked'),
  }];
}

export function archiveTodayDrafts(input: MirrorInput, page: URL): Draft[] {
  const lookup = input.archiveToday;
  if (lookup === undefined || lookup.status === 'none') return [];
  if (lookup.status === 'found') {
    const url = safeHttpsUrl(lookup.url);
    if (url !== undefined && ARCHIVE_TODAY_HOSTS.has(new URL(url).hostname)) {
      return [{
        kind: 'archive-today', action: 'open', url, host: new URL(url).hostname, label: phrase('mirrorLabelArchiveToday'),
        why: phrase('mirrorWhyArchiveToday'),
        freshness: phrase('mirrorFreshArchiveToday'),
      }];
    }
    return [];
  }
  const url = safeHttpsUrl(`https://archive.ph/newest/${page.href}`);
  return url === undefined ? [] : [{
    kind: 'archive-today', action: 'open', url, host: 'archive.ph', label: phrase('mirrorLabelArchiveTodayNewest'),
    why: phrase('mirrorWhyArchiveTodayMaybe'),
    freshness: phrase('mirrorFreshLookupFailed'),
    warning: phrase('mirrorWarnCaptcha'),
  }];
}

/** The newest memento of each other archive (Wayback and archive.today have their own entries). */
export function mementoDrafts(input: MirrorInput): Draft[] {
  const lookup = input.memento;
  if (lookup?.status !== 'found' || !Array.isArray(lookup.mementos)) return [];
  const newest = new Map<string, { url: string; at: number }>();
  for (const memento of lookup.mementos.slice(0, 100_000)) {
    const url = safeHttpsUrl(memento?.uri);
    const at = typeof memento?.datetime === 'string' ? Date.parse(memento.datetime) : Number.NaN;
    if (url === undefined || !Number.isFinite(at)) continue;
    const host = new URL(url).hostname;
    if (host === WAYBACK_HOST || ARCHIVE_TODAY_HOSTS.has(host)) continue;
    const seen = newest.get(host);
    if (seen === undefined || at > seen.at) newest.set(host, { url, at });
  }
  return [...newest.entries()]
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_MEMENTOS)
    .map(([host, { url, at }]) => ({
      kind: 'memento', action: 'open', url, host, label: phrase('mirrorLabelMemento', host),
      why: phrase('mirrorWhyMemento', host),
      freshness: phrase('mirrorFreshSnapshot', { day: at }, describeAge(input.now - at)),
    }));
}
