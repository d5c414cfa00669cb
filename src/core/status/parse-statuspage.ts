// Atlassian Statuspage `/api/v2/summary.json` (providers.md §3.1): page, status {indicator, description},
// components[], incidents[] (unresolved), scheduled_maintenances[] (upcoming and in progress).
import { phrase } from '../explain/phrase';
import {
  MAX_COMPONENTS, MAX_INCIDENTS, asIndicator, httpsUrl, isRecord, readFeedJson, text, time, worse,
} from './feed-values';
import type { StatusComponent, StatusIncident, StatusResult } from './status-report';

export function parseStatuspage(body: Uint8Array | ArrayBuffer | string, provider: string, fetchedAt: number): StatusResult {
  const json = readFeedJson(body);
  if ('error' in json) return { provider, reachable: false, error: json.error, fetchedAt };
  const summary = json.value;
  if (!isRecord(summary) || !isRecord(summary.status)) {
    return { provider, reachable: false, error: phrase('outageFeedNotStatuspage'), fetchedAt };
  }
  let indicator = asIndicator(summary.status.indicator);
  const incidents: StatusIncident[] = [];
  for (const item of Array.isArray(summary.incidents) ? summary.incidents : []) {
    const incident = readIncident(item, false);
    if (incident !== undefined && incidents.length < MAX_INCIDENTS) incidents.push(incident);
  }
  for (const item of Array.isArray(summary.scheduled_maintenances) ? summary.scheduled_maintenances : []) {
    // Only maintenance under way now; upcoming windows say nothing about a failure today.
    if (!isRecord(item) || (item.status !== 'in_progress' && item.status !== 'verifying')) continue;
    const incident = readIncident(item, true);
    if (incident !== undefined && incidents.length < MAX_INCIDENTS) incidents.push(incident);
  }
  if (indicator === 'none' && incidents.some((i) => i.impact === 'maintenance')) indicator = worse(indicator, 'maintenance');
  const components: StatusComponent[] = [];
  for (const item of Array.isArray(summary.components) ? summary.components : []) {
    if (!isRecord(item) || item.group === true) continue;
    const name = text(item.name);
    if (name !== '' && components.length < MAX_COMPONENTS) components.push({ name, status: text(item.status, 40) || 'unknown' });
  }
  return { provider, reachable: true, indicator, description: text(summary.status.description), incidents, components, fetchedAt };
}

function readIncident(item: unknown, maintenance: boolean): StatusIncident | undefined {
  if (!isRecord(item)) return undefined;
  const name = text(item.name);
  if (name === '') return undefined;
  const incident: StatusIncident = {
    name,
    status: text(item.status, 40) || 'unknown',
    impact: maintenance ? 'maintenance' : text(item.impact, 40) || 'unknown',
    components: (Array.isArray(item.components) ? item.components : []).flatMap((c) => (isRecord(c) && text(c.name) !== '' ? [text(c.name)] : [])).slice(0, 50),
  };
  const startedAt = time(item.started_at) ?? time(item.scheduled_for) ?? time(item.created_at);
  if (startedAt !== undefined) incident.startedAt = startedAt;
  const url = httpsUrl(item.shortlink);
  if (url !== undefined) incident.url = url;
  return incident;
}
