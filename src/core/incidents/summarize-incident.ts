// One incident in words, for the popup, the notification and the badge's tooltip: a phrase the glue renders.
import { phrase, type Phrase, type Sub } from '../explain/phrase';
import type { Incident } from './incident';
import { providerName } from './provider-name';

/** e.g. "Cloudflare looks down near FRA: 7 sites failed at its edge since 11:21 UTC". */
export function summarizeIncident(incident: Incident): Phrase {
  const name = providerName(incident.provider);
  const sites = incident.domains === 1 ? phrase('outageSite') : phrase('outageSites', incident.domains);
  const open = incident.closedAt === undefined;
  const withDay = !open && dayOf(incident.openedAt) !== dayOf(incident.closedAt ?? incident.openedAt);
  const when = open
    ? phrase('outageSince', { utc: incident.openedAt })
    : phrase('outageFromTo', { utc: incident.openedAt, withDay }, { utc: incident.closedAt ?? 0, withDay });
  if (incident.kind === 'origin-surge') return phrase(open ? 'outageIncidentSurge' : 'outageIncidentSurgeClosed', name, sites, when);
  if (incident.pop !== undefined) return phrase(open ? 'outageIncidentDownNear' : 'outageIncidentDownNearClosed', name, incident.pop, sites, when);
  if (incident.pops.length === 0) return phrase(open ? 'outageIncidentDown' : 'outageIncidentDownClosed', name, sites, when);
  return phrase(open ? 'outageIncidentDownThrough' : 'outageIncidentDownThroughClosed', name, sites, when, joined(incident.pops));
}

function joined(items: string[]): Sub {
  return items.length <= 1 ? items.join('') : phrase('outageListAnd', items.slice(0, -1).join(', '), items[items.length - 1] ?? '');
}

const dayOf = (time: number): number => Math.floor(time / 86_400_000);
