// archive.today's newest snapshot: /newest/<url> answers with a redirect to it. The Location is read,
// not followed. Browsers hide a manual redirect (an 'opaqueredirect' with no headers), so there the
// redirect is followed with the body left unread and the final URL is kept.
import { phrase } from '../core/explain';
import { ARCHIVE_TODAY_HOSTS, type ArchiveTodayLookup } from '../core/mirrors';
import { fetchAnswer } from './fetch-answer';
import type { FetchImpl } from './fetch-body';

export const ARCHIVE_TODAY = 'https://archive.ph';

export interface ArchiveTodayOptions {
  timeoutMs: number;
  baseUrl?: string; // default https://archive.ph (mirrors: archive.today, .is, .li, .vn, .md)
}

export async function lookupArchiveToday(pageUrl: string, fetchImpl: FetchImpl, options: ArchiveTodayOptions): Promise<ArchiveTodayLookup> {
  const base = options.baseUrl ?? ARCHIVE_TODAY;
  const request = `${base}/newest/${pageUrl}`;
  const answer = await fetchAnswer(request, fetchImpl, { timeoutMs: options.timeoutMs, maxBytes: 0, redirect: 'manual', skipBody: true, accept: 'text/html' });
  if (!answer.ok) return { status: 'error', error: answer.error };
  if (answer.type === 'opaqueredirect') {
    const followed = await fetchAnswer(request, fetchImpl, { timeoutMs: options.timeoutMs, maxBytes: 0, skipBody: true, accept: 'text/html' });
    if (!followed.ok) return { status: 'error', error: followed.error };
    return followed.url !== request ? snapshot(followed.url, base, answer.host) : { status: 'error', error: phrase('netArchiveNoRedirect', answer.host) };
  }
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.get('location');
    return location === null ? { status: 'error', error: phrase('netArchiveNoLocation', answer.host, answer.status) } : snapshot(location, request, answer.host);
  }
  if (answer.status === 404) return { status: 'none' };
  if (answer.status === 429) return { status: 'error', error: phrase('netArchiveCaptcha', answer.host) };
  return { status: 'error', error: phrase('netArchiveNotRedirect', answer.host, answer.status) };
}

/** A snapshot address on archive.today (or the configured mirror), never anything else a redirect names. */
function snapshot(location: string, relativeTo: string, host: string): ArchiveTodayLookup {
  let url: URL;
  try {
    url = new URL(location, relativeTo);
  } catch {
    return { status: 'error', error: phrase('netArchiveBadRedirect', host) };
  }
  const allowed = ARCHIVE_TODAY_HOSTS.has(url.hostname) || url.host === new URL(relativeTo).host;
  if (!allowed || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    return { status: 'error', error: phrase('netArchiveRedirectAway', host, `${url.protocol}//${url.host.slice(0, 60)}`) };
  }
  if (url.pathname.startsWith('/newest/') || url.pathname.startsWith('/submit')) return { status: 'none' }; // a loop or "not archived yet"
  return { status: 'found', url: url.href };
}
