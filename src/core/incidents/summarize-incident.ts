// One incident in plain words, for the popup and the badge's tooltip.
import { formatUtc } from './format-utc';
import type { Incident } from './incident';
import { providerName } from './provider-name';

/** e.g. "Cloudflare looks down near FRA: 7 sites failed at its edge since 11:21 UTC". */
export function summarizeIncident(incident: Incident): string {
  const name = providerName(incident.provider);
  const sites = `${incident.domains} ${incident.domains === 1 ? 'site' : 'sites'}`;
  const open = incident.closedAt === undefined;
  const spansDays = !open && dayOf(incident.openedAt) !== dayOf(incident.closedAt ?? incident.openedAt);
  const since = formatUtc(incident.openedAt, spansDays);
  const when = open ? `since ${since}` : `from ${since.replace(' UTC', '')} to ${formatUtc(incident.closedAt ?? 0, spansDays)}`;
  if (incident.kind === 'origin-surge') {
    const verb = open ? 'looks troubled' : 'looked troubled';
    return `${name} ${verb}: ${sites} behind it failed at their own servers ${when}, far more than usual — ` +
      `likely a problem inside ${name}, not at its edge`;
  }
  const verb = open ? 'looks down' : 'looked down';
  if (incident.pop !== undefined) return `${name} ${verb} near ${incident.pop}: ${sites} failed at its edge ${when}`;
  const where = incident.pops.length > 0 ? `, through ${joined(incident.pops)}` : '';
  return `${name} ${verb}: ${sites} failed at its edge ${when}${where}`;
}

function joined(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const dayOf = (time: number): number => Math.floor(time / 86_400_000);
