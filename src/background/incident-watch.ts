// The incident detector in the background: fed every recorded failure the provider is known to have
// answered (core/corroborate.ts), and healthy answers only from
// providers it is watching (a failure seen within the window and quiet time, or an open incident), so
// a healthy response costs one Map lookup. After a worker restart it is rebuilt from the store's recent
// failures; events that arrive meanwhile wait, in order.
import { createIncidentDetector, type Incident, type IncidentConfig, type IncidentDetector } from '../core/incidents';
import { readHost } from '../core/context';
import { failedProvider } from '../core/corroborate';
import type { FailureRecord } from '../store/schema';

export interface IncidentWatchDeps {
  /** An incident opened (also when replaying the store: the caller decides whether that is news). */
  onOpened(incident: Incident): void;
  /** An incident opened, grew or closed: badges need redrawing (cheap to call: the caller throttles). */
  onChange(): void;
}

export interface IncidentWatch {
  failure(record: FailureRecord): void;
  healthy(provider: string, host: string, pop: string | undefined, time: number): void;
  /** Starts with these thresholds and the store's recent failures (any order); until then events wait. */
  rebuild(config: Partial<IncidentConfig>, records: readonly FailureRecord[], now: number): void;
  open(now: number): Incident[];
  /** Closes incidents that went quiet; reports a change. */
  tick(now: number): void;
}

const WAITING_CAP = 10_000;

export function incidentWatch({ onOpened, onChange }: IncidentWatchDeps): IncidentWatch {
  let detector: IncidentDetector = createIncidentDetector();
  let attentionMs = 15 * 60_000; // window + quiet time
  const watched = new Map<string, number>(); // provider → watched until
  let waiting: FailureRecord[] | undefined = [];
  let openIds = '';
  let openProviders = new Set<string>();

  function feed(record: FailureRecord): void {
    const provider = failedProvider(record);
    if (provider === undefined) return;
    const { failure, diagnosis } = record;
    if (!openProviders.has(provider)) watched.set(provider, record.time + attentionMs);
    const opened = detector.observeFailure({ time: record.time, provider, pop: diagnosis.pop, failure, host: record.host, site: siteOf(record), fromRanges: diagnosis.corroborated === 'address' });
    if (opened !== undefined) {
      onOpened(opened);
      changed(record.time);
    } else if (openProviders.has(provider)) {
      onChange(); // it may have grown: its count is on every badge's tooltip
    }
  }

  function changed(now: number): void {
    const open = detector.open(now);
    // While a provider has an open incident every healthy answer counts: it is what closes the incident.
    const providers = new Set(open.map((incident) => incident.provider));
    for (const provider of openProviders) if (!providers.has(provider)) watched.set(provider, now + attentionMs);
    for (const provider of providers) watched.set(provider, Infinity);
    openProviders = providers;
    const ids = open.map((incident) => incident.id).join('\n');
    if (ids === openIds) return;
    openIds = ids;
    onChange();
  }

  return {
    failure(record) {
      if (waiting === undefined) feed(record);
      else if (waiting.length < WAITING_CAP) waiting.push(record);
    },
    healthy(provider, host, pop, time) {
      const until = watched.get(provider);
      if (until === undefined) return; // the hot path: a provider with nothing going on
      if (time > until) {
        watched.delete(provider);
        return;
      }
      detector.observeHealthy({ time, provider, host, pop });
    },
    rebuild(config, records, now) {
      detector = createIncidentDetector(config);
      attentionMs = (config.windowMs ?? 5 * 60_000) + (config.quietMs ?? 10 * 60_000);
      const queued = waiting ?? [];
      waiting = undefined;
      const seen = new Set<string>();
      for (const record of [...records].sort((a, b) => a.time - b.time)) {
        seen.add(record.id);
        feed(record);
      }
      for (const record of queued) if (!seen.has(record.id)) feed(record);
      changed(now);
    },
    open: (now) => detector.open(now),
    tick: (now) => changed(now),
  };
}

/** The page that made the request: a failed CDN asset counts for the site that loaded it. */
function siteOf(record: FailureRecord): string {
  return readHost(record.pageUrl) || record.host;
}
