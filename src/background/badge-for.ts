// What the toolbar button should say for a tab's failures. Pure: the glue applies it.
import { type TabPage, pairKey } from './tab-pages';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_RED = '#d93025'; // some provider's own edge failed
const SITE_ITSELF = "the site's own server";
export const BADGE_ORANGE = '#e37400'; // only sites' own servers behind providers failed

/**
 * Counts the tab's current failures: distinct (provider, host) pairs with an edge or origin failure in
 * this page load, unless that provider answered healthily for the host since. A site's own server failing
 * with no provider in front (a refused connection, a self-hosted 502) counts as its own pair. Blocks and
 * client errors are listed in the popup but not counted.
 */
export function badgeFor(tab: Pick<TabPage, 'entries' | 'recovered'> | undefined): Badge {
  const failing = new Map<string, { provider: string; host: string; failure: string }>();
  for (const { host, diagnosis, timeStamp } of tab?.entries ?? []) {
    const { failure } = diagnosis;
    if (failure !== 'edge' && failure !== 'origin') continue;
    const provider = diagnosis.provider ?? SITE_ITSELF;
    const key = pairKey(provider, host);
    if ((tab?.recovered.get(key) ?? -Infinity) > timeStamp) continue;
    // An edge failure outranks an origin failure for the same pair.
    if (failing.get(key)?.failure !== 'edge') failing.set(key, { provider, host, failure });
  }
  if (failing.size === 0) return { text: '', color: BADGE_ORANGE, title: 'Detour: no provider failures on this page' };
  const pairs = [...failing.values()];
  const anyEdge = pairs.some((pair) => pair.failure === 'edge');
  const providers = [...new Set(pairs.map((pair) => pair.provider))].filter((name) => name !== SITE_ITSELF);
  const lines = pairs.slice(0, 8).map(({ provider, host, failure }) =>
    provider === SITE_ITSELF ? `${host}: ${SITE_ITSELF}` : `${provider}: ${host} (${failure === 'edge' ? "provider's edge" : "site's server"})`,
  );
  return {
    text: String(failing.size),
    color: anyEdge ? BADGE_RED : BADGE_ORANGE,
    title: `Detour: ${providers.length > 0 ? `${providers.join(', ')} failing` : 'the site is failing'}\n${lines.join('\n')}${pairs.length > 8 ? `\n…and ${pairs.length - 8} more` : ''}`,
  };
}
