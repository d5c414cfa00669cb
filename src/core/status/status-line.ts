// The provider's status in one line for the popup, as a phrase it renders. An unreachable or unreadable feed
// is said so, never shown as "no problem" (Cloudflare's own status page was down on 18 Nov 2025, providers.md §0).
import { phrase, type Phrase, type Sub } from '../explain/phrase';
import type { OutageKey } from '../incidents/outage-keys';
import { providerName } from '../incidents/provider-name';
import { matchPopComponents } from './match-pop-components';
import type { StatusIncident, StatusResult } from './status-report';

const LEVELS: Readonly<Record<string, OutageKey>> = {
  none: 'outageLevelNotice', minor: 'outageLevelMinor', major: 'outageLevelMajor', critical: 'outageLevelCritical',
  maintenance: 'outageLevelMaintenance', unknown: 'outageLevelUnknown',
};
// Statuspage's component states; one Detour does not know is shown as the feed spells it.
const COMPONENT_STATES: Readonly<Record<string, OutageKey>> = {
  degraded_performance: 'outageComponentDegraded', partial_outage: 'outageComponentPartial', major_outage: 'outageComponentMajor',
  under_maintenance: 'outageComponentMaintenance',
};
const RANK = ['unknown', 'none', 'maintenance', 'minor', 'major', 'critical'];
// githubstatus.com covers all of GitHub, not only the Pages the classifier names.
const PAGE_NAMES: Readonly<Record<string, string>> = { github: 'GitHub' };

/** e.g. "Cloudflare status: major outage — 'Cloudflare Global Network issues' (since 11:48 UTC)". */
export function statusLine(result: StatusResult, options: { pop?: string } = {}): Phrase {
  const name = PAGE_NAMES[result.provider] ?? providerName(result.provider);
  if (!result.reachable) return phrase('outageStatusUnreachable', name, result.error);
  const worst = [...result.incidents].sort((a, b) => rank(b) - rank(a) || (b.startedAt ?? 0) - (a.startedAt ?? 0))[0];
  const local = localPart(result, options.pop);
  if (worst === undefined && (result.indicator === 'none' || result.indicator === 'unknown')) {
    return local === '' ? phrase('outageStatusNoProblem', name) : phrase('outageStatusNoIncident', name, local);
  }
  const level = phrase(LEVELS[worst !== undefined && rank(worst) > RANK.indexOf(result.indicator) ? worst.impact : result.indicator] ?? 'outageLevelUnknown');
  if (worst === undefined) return phrase('outageStatusLevel', name, level, result.description ? phrase('outageStatusDescription', result.description) : '', local);
  const since = worst.startedAt !== undefined ? phrase('outageStatusSince', { utc: worst.startedAt }) : '';
  const more = result.incidents.length > 1 ? phrase('outageStatusMore', result.incidents.length - 1) : '';
  return phrase('outageStatusIncident', name, level, worst.name, since, more, local);
}

function rank(incident: StatusIncident): number {
  return RANK.indexOf(incident.impact);
}

/** "; FRA (Frankfurt, Germany - (FRA)): partial outage" when the pop's component is not operational. */
function localPart(result: StatusResult & { reachable: true }, pop: string | undefined): Sub {
  const troubled = matchPopComponents(pop, result.components).filter((c) => c.status !== 'operational');
  const first = troubled[0];
  if (first === undefined) return '';
  const known = COMPONENT_STATES[first.status];
  return phrase('outageStatusLocal', first.name, known === undefined ? first.status.replace(/_/g, ' ') : phrase(known));
}
