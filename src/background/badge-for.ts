// What the toolbar button should say for a tab's failures. Pure but for the words (t()): the glue applies it.
import { providerName } from '../core/incidents';
import { neededByPage, noticeOf, type NoticeContext } from '../core/notice';
import { t } from '../shared/i18n';
import { type TabPage, pairKey, resourceKey } from './tab-pages';

export interface Badge {
  text: string;
  color: string;
  title: string;
  page: string; // the title without its "Detour:" lead, for the incident badge to quote
}

export const BADGE_RED = '#d93025'; // some provider's own edge failed
export const BADGE_ORANGE = '#e37400'; // only sites' own servers behind providers failed
const MAX_LINES = 8;

/**
 * Counts the tab's current failures: distinct (provider, host) pairs with an edge or origin failure in
 * this page load that a person would notice (core/notice.ts: the page, its site, what breaks it; another
 * site's pixel only during its provider's incident), unless that provider answered healthily for the host
 * since. A site's own server failing with no provider in front (a refused connection, a self-hosted 502)
 * counts as its own pair. Blocks, client errors and other sites' noise are listed in the popup, not counted.
 */
export function badgeFor(tab: Pick<TabPage, 'entries' | 'recovered'> | undefined, context: NoticeContext): Badge {
  const failing = new Map<string, { provider: string | null; host: string; failure: string }>();
  for (const entry of tab?.entries ?? []) {
    const { host, diagnosis, timeStamp } = entry;
    const { failure } = diagnosis;
    if (failure !== 'edge' && failure !== 'origin') continue;
    if (!noticeOf(entry, context).counts) continue;
    const provider = diagnosis.provider ?? null;
    const key = pairKey(provider ?? '', host);
    // The page and the parts it needs recover only when that very request succeeds (an error page's own
    // assets from the same host do not undo the page's failure); other parts, by their host answering.
    const recoveredBy = neededByPage(entry.type) ? resourceKey(provider ?? '', entry.url) : key;
    if ((tab?.recovered.get(recoveredBy) ?? -Infinity) > timeStamp) continue;
    // An edge failure outranks an origin failure for the same pair.
    if (failing.get(key)?.failure !== 'edge') failing.set(key, { provider, host, failure });
  }
  if (failing.size === 0) return titled('', BADGE_ORANGE, t('outageBadgeNone'));
  const pairs = [...failing.values()];
  const anyEdge = pairs.some((pair) => pair.failure === 'edge');
  const providers = [...new Set(pairs.flatMap((pair) => (pair.provider === null ? [] : [providerName(pair.provider)])))];
  const lines = pairs.slice(0, MAX_LINES).map(({ provider, host, failure }) =>
    provider === null ? t('outageBadgeOwnServer', host) : t(failure === 'edge' ? 'outageBadgeEdge' : 'outageBadgeOrigin', providerName(provider), host),
  );
  if (pairs.length > MAX_LINES) lines.push(t('outageBadgeMore', pairs.length - MAX_LINES));
  const page = providers.length > 0 ? t('outageBadgeProviders', providers.join(', '), lines.join('\n')) : t('outageBadgeSite', lines.join('\n'));
  return titled(String(failing.size), anyEdge ? BADGE_RED : BADGE_ORANGE, page);
}

function titled(text: string, color: string, page: string): Badge {
  return { text, color, title: t('outageBadgeTitle', page), page };
}
