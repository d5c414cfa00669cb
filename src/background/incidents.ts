// The incidents open now, for the badge, the popup and the notifications: the incident watch fed every
// recorded failure and the healthy answers, rebuilt from the store's recent failures at start and when the
// thresholds change, and ticked so that quiet incidents close. Every badge shows the open list, redrawn at
// most every quarter second.
import type { Incident } from '../core/incidents';
import { incidentBadge, type Badge } from '../core/badge';
import { incidentConfigOf, OUTAGE_DEFAULTS, type OutageSettings } from '../shared/outage-settings';
import type { FailureRecord } from '../store/schema';
import type { FailureStore } from '../store/store-types';
import { incidentWatch } from './incident-watch';
import type { PeriodicJob } from './periodic-alarms';

export const INCIDENTS_ALARM = 'detour-incidents';
const REPLAY_MS = 3 * 3_600_000; // the origin-surge baseline's span
const REPLAY_LIMIT = 5_000;
const REDRAW_MS = 250;
const AWAKE_TICK_MS = 15_000;

export interface IncidentsDeps {
  store: Promise<FailureStore>;
  settings(): Promise<OutageSettings>;
  /** An incident opened (also when the store is replayed: incident-notifier.ts tells what is news). */
  onOpened(incident: Incident): void;
  /** Redraws every tab's badge (an incident opened, grew or closed). */
  refreshAll(): void;
  report(what: string): (error: unknown) => void;
  now?(): number;
}

export function startIncidents({ store, settings, onOpened, refreshAll, report, now = () => Date.now() }: IncidentsDeps) {
  let open: Incident[] = [];
  let redraw: ReturnType<typeof setTimeout> | undefined;
  const watch = incidentWatch({
    onOpened,
    onChange() {
      // Every tab's badge at most every quarter second: an incident grows with each failure of a burst.
      redraw ??= setTimeout(() => {
        redraw = undefined;
        open = watch.open(now());
        refreshAll();
      }, REDRAW_MS);
    },
  });
  async function replay(): Promise<void> {
    try {
      const [current, records] = await Promise.all([settings(), store.then((s) => s.recent({ since: now() - REPLAY_MS, limit: REPLAY_LIMIT }))]);
      watch.rebuild(incidentConfigOf(current), records, now());
    } catch (error) {
      report('rebuilding incidents')(error);
      watch.rebuild(incidentConfigOf(await settings().catch(() => OUTAGE_DEFAULTS)), [], now());
    }
  }
  let rebuilt = replay();
  // Incidents close after quiet time: look more often than the alarm while the worker is awake.
  setInterval(() => {
    if (open.length > 0) watch.tick(now());
  }, AWAKE_TICK_MS);

  return {
    /** A failure was recorded (the store's record): it counts if its provider really answered it. */
    failed: (record: FailureRecord): void => watch.failure(record),
    /** A provider answered healthily for a host: what closes its incident. */
    healthy: (provider: string, host: string, pop: string | undefined, time: number): void => watch.healthy(provider, host, pop, time),
    /** Settles once the watch holds the store's recent failures (after a restart or new thresholds). */
    rebuilt: (): Promise<void> => rebuilt,
    /** The incidents open at this moment (the badges' list may be a quarter second behind). */
    open: (): Incident[] => watch.open(now()),
    badge: (badge: Badge): Badge => incidentBadge(badge, open),
    /** Providers with an open incident: their failures count on every page (core/notice.ts). */
    providers: (): ReadonlySet<string> => new Set(open.map((incident) => incident.provider)),
    /** New thresholds: the stored failures are replayed through a detector that uses them (failures whose write is still in flight are missed). */
    settingsChanged(before: OutageSettings, after: OutageSettings): void {
      if (JSON.stringify(incidentConfigOf(before)) !== JSON.stringify(incidentConfigOf(after))) rebuilt = rebuilt.then(replay);
    },
    job: { periodInMinutes: 1, delayInMinutes: 1, run: () => void rebuilt.then(() => watch.tick(now())) } satisfies PeriodicJob,
  };
}

export type Incidents = ReturnType<typeof startIncidents>;
