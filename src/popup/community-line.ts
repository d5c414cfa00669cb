// GET /v1/outages's answer → the popup's one line about what other Detour users report for this failure's
// provider. Pure: reads only what the collector published (buckets under k are never there).
import { WINDOW_SECONDS } from '../core/report/window'; // not the report index: its schema brings TypeBox
import { t } from '../shared/i18n';

export const COMMUNITY_MINUTES = 10;

interface OutagesAnswer {
  k?: unknown;
  buckets?: unknown;
}

export function communityLine(answer: unknown, provider: string, providerName: string, failure: 'edge' | 'origin', nowSeconds: number): string | undefined {
  if (answer === null || typeof answer !== 'object') return undefined;
  const { k, buckets } = answer as OutagesAnswer;
  if (!Array.isArray(buckets) || typeof k !== 'number') return undefined;
  const since = Math.floor(nowSeconds / WINDOW_SECONDS) * WINDOW_SECONDS - (COMMUNITY_MINUTES * 60 - WINDOW_SECONDS);
  let reports = 0;
  for (const bucket of buckets as Record<string, unknown>[]) {
    if (bucket.provider !== provider || bucket.failure !== failure || typeof bucket.window !== 'number' || bucket.window < since) continue;
    if (typeof bucket.reports === 'number') reports += bucket.reports;
  }
  const what = t(failure === 'edge' ? 'popupCommunityEdge' : 'popupCommunityOrigin', providerName, COMMUNITY_MINUTES);
  if (reports === 0) return k > 1 ? t('popupCommunityFewer', k, what) : t('popupCommunityNoOne', what);
  return reports === 1 ? t('popupCommunityOne', what) : t('popupCommunityMany', reports, what);
}
