// Google Cloud's `incidents.json` (providers.md §3.2, shape from community parsers [O]): a flat array of
// every recent incident, {id, begin, end (missing = ongoing), external_desc, severity, status_impact,
// service_name, affected_products[{title,id}], most_recent_update{status}, uri}. Only ongoing ones count.
import { phrase } from '../explain/phrase';
import { MAX_COMPONENTS, MAX_INCIDENTS, isRecord, readFeedJson, text, time, worse } from './feed-values';
import type { StatusComponent, StatusIncident, StatusIndicator, StatusResult } from './status-report';

const BY_IMPACT: Readonly<Record<string, StatusIndicator>> = { SERVICE_OUTAGE: 'major', SERVICE_DISRUPTION: 'minor', SERVICE_INFORMATION: 'none' };
const BY_SEVERITY: Readonly<Record<string, StatusIndicator>> = { high: 'major', medium: 'minor', low: 'minor' };

export function parseGoogleStatus(body: Uint8Array | ArrayBuffer | string, provider: string, fetchedAt: number): StatusResult {
  const json = readFeedJson(body);
  if ('error' in json) return { provider, reachable: false, error: json.error, fetchedAt };
  if (!Array.isArray(json.value)) return { provider, reachable: false, error: phrase('outageFeedNotGoogle'), fetchedAt };
  let indicator: StatusIndicator = 'none';
  const incidents: StatusIncident[] = [];
  const components: StatusComponent[] = [];
  for (const item of json.value) {
    if (!isRecord(item) || (item.end !== undefined && item.end !== null && item.end !== '')) continue;
    const impact = worse(BY_IMPACT[text(item.status_impact, 40)] ?? 'unknown', BY_SEVERITY[text(item.severity, 20)] ?? 'unknown');
    indicator = worse(indicator, impact === 'unknown' ? 'minor' : impact);
    const products = (Array.isArray(item.affected_products) ? item.affected_products : [])
      .flatMap((p) => (isRecord(p) && text(p.title) !== '' ? [text(p.title)] : [])).slice(0, 50);
    if (products.length === 0 && text(item.service_name) !== '') products.push(text(item.service_name));
    const update = isRecord(item.most_recent_update) ? item.most_recent_update : {};
    const incident: StatusIncident = {
      name: text(item.external_desc) || text(item.service_name) || 'Google Cloud incident',
      status: (text(update.status, 40) || 'ongoing').toLowerCase(),
      impact,
      components: products,
    };
    const startedAt = time(item.begin);
    if (startedAt !== undefined) incident.startedAt = startedAt;
    const uri = text(item.uri, 300).replace(/^\/+/, '');
    if (/^[\w\-./]+$/.test(uri)) incident.url = `https://status.cloud.google.com/${uri}`;
    if (incidents.length < MAX_INCIDENTS) incidents.push(incident);
    for (const name of products) {
      if (components.length < MAX_COMPONENTS) components.push({ name, status: impact === 'major' ? 'major_outage' : 'partial_outage' });
    }
  }
  const description = incidents.length === 0 ? 'No ongoing incidents' : `${incidents.length} ongoing ${incidents.length === 1 ? 'incident' : 'incidents'}`;
  return { provider, reachable: true, indicator, description, incidents, components, fetchedAt };
}
