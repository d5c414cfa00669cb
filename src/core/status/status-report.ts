// What Detour knows of a provider's own status page, whatever the feed's format (providers.md §3).
import type { Phrase } from '../explain/phrase';

export type StatusIndicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance' | 'unknown';

export interface StatusIncident {
  name: string;
  status: string; // e.g. 'investigating', 'identified', 'monitoring', 'ongoing'
  impact: string; // 'none' | 'minor' | 'major' | 'critical' | 'maintenance' | 'unknown'
  startedAt?: number; // ms since the epoch
  url?: string; // https only
  components: string[];
}

export interface StatusComponent {
  name: string;
  status: string; // Statuspage words: operational, degraded_performance, partial_outage, major_outage, under_maintenance
}

export interface StatusReport {
  provider: string;
  reachable: true;
  indicator: StatusIndicator;
  description: string;
  incidents: StatusIncident[];
  components: StatusComponent[];
  fetchedAt: number;
}

/** The feed could not be fetched, or what came back was not a feed: never to be read as "no problem". */
export interface StatusUnreachable {
  provider: string;
  reachable: false;
  error: Phrase; // why: the download's failure (src/net) or a feed that is not one
  fetchedAt: number;
}

export type StatusResult = StatusReport | StatusUnreachable;
