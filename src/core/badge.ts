// What the toolbar button should say for a tab: its count, colour and tooltip (as phrases the glue words
// with t()). Pure: the background draws it (show-badge.ts).
import { providerName, summarizeIncident, type Incident } from './incidents';
import { phrase, type Lines, type Phrase } from './explain/phrase';
import { neededByPage, noticeOf, type NoticeContext, type NoticeEntry } from './notice';

export interface Badge {
  text: string;
  color: string;
  title: Phrase;
  page: Phrase; // the title without its "Detour:" lead, for the incident badge to quote
}

/** A tab's failures as the badge reads them: its entries, and when each (provider, host) or request recovered. */
export interface BadgeTab {
  entries: readonly (NoticeEntry & { url: string; timeStamp: number })[];
  recovered: ReadonlyMap<string, number>;
}

export const BADGE_RED = '#d93025'; // some provider's own edge failed
export const BADGE_ORANGE = '#e37400'; // only sites' own servers behind providers failed
export const INCIDENT_BADGE_TEXT = '!';
const MAX_LINES = 8;
const MAX_INCIDENTS = 3;

/** The key of a (provider, host) pair: what the badge counts, and what a healthy answer recovers. */
export function pairKey(provider: string, host: string): string {
  return `${provider}\n${host}`;
}

/** The key of one request (provider, URL): what recovers the page and the parts it needs. */
export function resourceKey(provider: string, url: string): string {
  return `${provider}\n\n${url}`;
}

/**
 * Counts the tab's current failures: distinct (provider, host) pairs with an edge or origin failure in
 * this page load that a person would notice (core/notice.ts: the page, its site, what breaks it; another
 * site's pixel only during its provider's incident), unless that provider answered healthily for the host
 * since. A site's own server failing with no provider in front (a refused connection, a self-hosted 502)
 * counts as its own pair. Blocks, client errors and other sites' noise are listed in the popup, not counted.
 */
export function badgeFor(tab: BadgeTab | undefined, context: NoticeContext): Badge {
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
  if (failing.size === 0) return titled('', BADGE_ORANGE, phrase('outageBadgeNone'));
  const pairs = [...failing.values()];
  const anyEdge = pairs.some((pair) => pair.failure === 'edge');
  const providers = [...new Set(pairs.flatMap((pair) => (pair.provider === null ? [] : [providerName(pair.provider)])))];
  const lines: Phrase[] = pairs.slice(0, MAX_LINES).map(({ provider, host, failure }) =>
    provider === null ? phrase('outageBadgeOwnServer', host) : phrase(failure === 'edge' ? 'outageBadgeEdge' : 'outageBadgeOrigin', providerName(provider), host),
  );
  if (pairs.length > MAX_LINES) lines.push(phrase('outageBadgeMore', pairs.length - MAX_LINES));
  const listed = joined(lines);
  const page = providers.length > 0 ? phrase('outageBadgeProviders', providers.join(', '), listed) : phrase('outageBadgeSite', listed);
  return titled(String(failing.size), anyEdge ? BADGE_RED : BADGE_ORANGE, page);
}

/**
 * The badge while a provider looks down: every tab shows it. A tab with its own failures keeps its count
 * (turned red); any other tab shows "!" in red. The tooltip leads with the incidents in words.
 */
export function incidentBadge(badge: Badge, open: readonly Incident[]): Badge {
  if (open.length === 0) return badge;
  const lines: Phrase[] = open.slice(0, MAX_INCIDENTS).map((incident) => summarizeIncident(incident));
  if (open.length > MAX_INCIDENTS) lines.push(phrase('outageBadgeIncidentsMore', open.length - MAX_INCIDENTS));
  return {
    text: badge.text === '' ? INCIDENT_BADGE_TEXT : badge.text,
    color: BADGE_RED,
    title: phrase('outageBadgeIncidents', joined(lines), badge.page),
    page: badge.page,
  };
}

function titled(text: string, color: string, page: Phrase): Badge {
  return { text, color, title: phrase('outageBadgeTitle', page), page };
}

/** Lines of a tooltip, one phrase each. */
function joined(lines: readonly Phrase[]): Lines {
  return { lines: [...lines] };
}
