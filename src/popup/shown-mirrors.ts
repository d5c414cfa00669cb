// The suggestions the popup shows, each with the link it may offer: an 'open' suggestion only with an
// https: address that passes safeHttpsUrl here again (the answer crossed a message boundary), a 'copy'
// one as text. Mirrors on the failing provider go last; otherwise the core's order is kept.
import { isPhrase } from '../core/explain';
import { safeHttpsUrl } from '../core/mirrors/safe-url'; // not the mirrors index: the popup loads only what it shows
import type { Suggestion } from '../core/mirrors/types';

export interface ShownMirror {
  suggestion: Suggestion;
  href?: string; // set for 'open' only
}

export function shownMirrors(suggestions: unknown): ShownMirror[] {
  const shown: ShownMirror[] = [];
  for (const s of Array.isArray(suggestions) ? (suggestions as Suggestion[]) : []) {
    if (s === null || typeof s !== 'object' || typeof s.url !== 'string' || !hasWords(s)) continue;
    if (s.action === 'copy') {
      shown.push({ suggestion: s });
      continue;
    }
    const href = s.action === 'open' ? safeHttpsUrl(s.url) : undefined;
    if (href !== undefined) shown.push({ suggestion: s, href });
  }
  return [...shown.filter((m) => m.suggestion.sameProviderAsFailure !== true), ...shown.filter((m) => m.suggestion.sameProviderAsFailure === true)];
}

/** Its words are phrases the popup can render (a warning, when present, too). */
function hasWords(s: Suggestion): boolean {
  return isPhrase(s.label) && isPhrase(s.why) && isPhrase(s.freshness) && (s.warning === undefined || isPhrase(s.warning));
}
