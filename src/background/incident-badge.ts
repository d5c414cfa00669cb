// The badge while a provider looks down: every tab shows it. A tab with its own failures keeps its count
// (turned red); any other tab shows "!" in red. The tooltip leads with the incident in words.
import { summarizeIncident, type Incident } from '../core/incidents';
import { BADGE_RED, type Badge } from './badge-for';

export const INCIDENT_BADGE_TEXT = '!';

export function incidentBadge(badge: Badge, open: readonly Incident[]): Badge {
  if (open.length === 0) return badge;
  const lines = open.slice(0, 3).map(summarizeIncident);
  if (open.length > 3) lines.push(`…and ${open.length - 3} more incidents`);
  const own = badge.title.replace(/^Detour: /, '');
  return {
    text: badge.text === '' ? INCIDENT_BADGE_TEXT : badge.text,
    color: BADGE_RED,
    title: `Detour: ${lines.join('\n')}\n\nThis page: ${own}`,
  };
}
