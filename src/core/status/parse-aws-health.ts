// AWS Health's public `currentevents` (providers.md §3.2; undocumented, shape from community parsers [O]):
// a JSON array, often UTF-16, of {arn, date (epoch seconds), region_name, service, service_name, status,
// summary, event_log[], impacted_services{}}. Status codes per the dashboard's legend as those parsers
// read it [O]: 1 informational, 2 degradation, 3 disruption. An event with an end time is over.
import { phrase } from '../explain/phrase';
import { MAX_COMPONENTS, MAX_INCIDENTS, isRecord, readFeedJson, text, time, worse } from './feed-values';
import type { StatusComponent, StatusIncident, StatusIndicator, StatusResult } from './status-report';

const PAGE = 'https://health.aws.amazon.com/health/status';
const IMPACT: Readonly<Record<string, StatusIndicator>> = { '1': 'none', '2': 'minor', '3': 'major' };
const COMPONENT: Readonly<Record<string, string>> = { '1': 'operational', '2': 'degraded_performance', '3': 'major_outage' };

export function parseAwsHealth(body: Uint8Array | ArrayBuffer | string, provider: string, fetchedAt: number): StatusResult {
  const json = readFeedJson(body);
  if ('error' in json) return { provider, reachable: false, error: json.error, fetchedAt };
  if (!Array.isArray(json.value)) return { provider, reachable: false, error: phrase('outageFeedNotAws'), fetchedAt };
  let indicator: StatusIndicator = 'none';
  const incidents: StatusIncident[] = [];
  const components: StatusComponent[] = [];
  for (const event of json.value) {
    if (!isRecord(event) || time(event.endTime ?? event.end_time) !== undefined) continue;
    const status = String(event.status ?? '');
    const impact = IMPACT[status] ?? 'unknown';
    indicator = worse(indicator, impact === 'unknown' ? 'minor' : impact);
    const region = text(event.region_name, 60) || regionOf(text(event.arn, 300));
    const service = text(event.service_name, 100) || text(event.service, 60);
    const summary = text(event.summary) || latestSummary(event.event_log) || 'AWS Health event';
    const names = impacted(event.impacted_services, region);
    if (incidents.length < MAX_INCIDENTS) {
      const incident: StatusIncident = {
        name: service !== '' ? `${service}${region !== '' ? ` (${region})` : ''}: ${summary}` : summary,
        status: 'ongoing',
        impact,
        url: PAGE,
        components: names.length > 0 ? names.map((c) => c.name) : [service].filter((s) => s !== ''),
      };
      const startedAt = time(event.date) ?? time(event.startTime);
      if (startedAt !== undefined) incident.startedAt = startedAt;
      incidents.push(incident);
    }
    for (const c of names) if (components.length < MAX_COMPONENTS) components.push(c);
  }
  const description = incidents.length === 0 ? 'No current events' : `${incidents.length} current ${incidents.length === 1 ? 'event' : 'events'}`;
  return { provider, reachable: true, indicator, description, incidents, components, fetchedAt };
}

function regionOf(arn: string): string {
  return /^arn:aws:health:([a-z0-9-]+):/.exec(arn)?.[1] ?? '';
}

function latestSummary(log: unknown): string {
  if (!Array.isArray(log)) return '';
  const last: unknown = log[log.length - 1];
  return isRecord(last) ? text(last.summary) : '';
}

function impacted(services: unknown, region: string): StatusComponent[] {
  if (!isRecord(services)) return [];
  const out: StatusComponent[] = [];
  for (const value of Object.values(services)) {
    if (!isRecord(value)) continue;
    const name = text(value.service_name, 100);
    if (name !== '') out.push({ name: region !== '' ? `${name} (${region})` : name, status: COMPONENT[String(value.current ?? '')] ?? 'unknown' });
  }
  return out.slice(0, 50);
}
