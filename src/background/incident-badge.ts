// The badge while a provider looks down: every tab shows it. A tab with its own failures keeps its count
// (turned red); any other tab shows "!" in red. The tooltip leads with the incident in words.
import { summarizeIncident, type Incident } from '../core/incidents';
import { t } from '../shared/i18n';
import { say } from '../shared/say';
import { BADGE_RED, type Badge } from './badge-for';

export const INCIDENT_BADGE_TEXT = '!';
const MAX_INCIDENTS = 3;

export function incidentBadge(badge: Badge, open: readonly Incident[]): Badge {
  if (open.length === 0) return badge;
  const lines = open.slice(0, MAX_INCIDENTS).map((incident) => say(summarizeIncident(incident)));
  if (open.length > MAX_INCIDENTS) lines.push(t('outageBadgeIncidentsMore', open.length - MAX_INCIDENTS));
  return {
    text: badge.text === '' ? INCIDENT_BADGE_TEXT : badge.text,
    color: BADGE_RED,
    title: t('outageBadgeIncidents', lines.join('\n'), badge.page),
    page: badge.page,
  };
}
