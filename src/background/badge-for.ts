// What the toolbar button should say for a tab's failures. Pure: the glue applies it.
import type { TabDiagnosis } from '../shared/messages';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_RED = '#d93025'; // some provider's own edge failed
export const BADGE_ORANGE = '#e37400'; // only sites' own servers failed

/** Counts distinct (provider, host) pairs whose failure is the provider's edge or the site's origin. */
export function badgeFor(entries: readonly TabDiagnosis[]): Badge {
  const failing = new Map<string, { provider: string; host: string; failure: string }>();
  for (const { host, diagnosis } of entries) {
    if (diagnosis.failure !== 'edge' && diagnosis.failure !== 'origin') continue;
    const provider = diagnosis.provider ?? 'the site itself';
    const key = `${provider}\n${host}`;
    // An edge failure outranks an origin failure for the same pair.
    if (failing.get(key)?.failure !== 'edge') failing.set(key, { provider, host, failure: diagnosis.failure });
  }
  if (failing.size === 0) return { text: '', color: BADGE_ORANGE, title: 'Detour: no failures seen' };
  const pairs = [...failing.values()];
  const anyEdge = pairs.some((pair) => pair.failure === 'edge');
  const lines = pairs.map(({ provider, host, failure }) => `${provider}: ${host} (${failure})`);
  return {
    text: String(failing.size),
    color: anyEdge ? BADGE_RED : BADGE_ORANGE,
    title: `Detour: ${lines.join(', ')}`,
  };
}
