// The provider's status in one line for the popup. An unreachable or unreadable feed is said so, never
// shown as "no problem" (Cloudflare's own status page was down on 18 Nov 2025, providers.md §0).
import { formatUtc } from '../incidents/format-utc';
import { providerName } from '../incidents/provider-name';
import { matchPopComponents } from './match-pop-components';
import type { StatusIncident, StatusResult } from './status-report';

const WORDS: Readonly<Record<string, string>> = {
  none: 'notice', minor: 'minor outage', major: 'major outage', critical: 'critical outage', maintenance: 'maintenance', unknown: 'problem reported',
};
const RANK = ['unknown', 'none', 'maintenance', 'minor', 'major', 'critical'];
// githubstatus.com covers all of GitHub, not only the Pages the classifier names.
const PAGE_NAMES: Readonly<Record<string, string>> = { github: 'GitHub' };

/** e.g. "Cloudflare status: major outage — 'Cloudflare Global Network issues' (since 11:48 UTC)". */
export function statusLine(result: StatusResult, options: { pop?: string } = {}): string {
  const name = PAGE_NAMES[result.provider] ?? providerName(result.provider);
  const owner = name.endsWith('s') ? `${name}'` : `${name}'s`;
  if (!result.reachable) return `${owner} status page could not be reached (${result.error})`;
  const worst = [...result.incidents].sort((a, b) => rank(b) - rank(a) || (b.startedAt ?? 0) - (a.startedAt ?? 0))[0];
  const local = localPart(result, options.pop);
  if (worst === undefined && (result.indicator === 'none' || result.indicator === 'unknown')) {
    return local === '' ? `${owner} status page reports no problem` : `${owner} status page reports no incident${local}`;
  }
  const level = WORDS[worst !== undefined && rank(worst) > RANK.indexOf(result.indicator) ? worst.impact : result.indicator] ?? 'problem reported';
  if (worst === undefined) return `${name} status: ${level}${result.description ? ` — ${result.description}` : ''}${local}`;
  const since = worst.startedAt !== undefined ? ` (since ${formatUtc(worst.startedAt)})` : '';
  const more = result.incidents.length > 1 ? ` and ${result.incidents.length - 1} more` : '';
  return `${name} status: ${level} — '${worst.name}'${since}${more}${local}`;
}

function rank(incident: StatusIncident): number {
  return RANK.indexOf(incident.impact);
}

/** "; FRA (Frankfurt, Germany - (FRA)): partial outage" when the pop's component is not operational. */
function localPart(result: StatusResult & { reachable: true }, pop: string | undefined): string {
  const troubled = matchPopComponents(pop, result.components).filter((c) => c.status !== 'operational');
  if (troubled.length === 0) return '';
  const first = troubled[0];
  return first === undefined ? '' : `; ${first.name}: ${first.status.replace(/_/g, ' ')}`;
}
