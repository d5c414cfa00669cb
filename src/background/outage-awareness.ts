// Outage awareness wired in one place: the incident detector fed from the pipeline, the badge
// on every tab while an incident is open, one notification per incident, the published IP ranges behind
// the classifier, and providers' status pages for the popup. Listeners are registered synchronously.
import type { ClassifierDeps } from '../core/classify';
import { isCorroborated, type CorroborationDeps } from '../core/corroborate';
import { summarizeIncident, type Incident } from '../core/incidents';
import type { Diagnosis } from '../core/types';
import type { OutageMessages } from '../shared/outage-messages';
import { OUTAGE_DEFAULTS, incidentConfigOf, readOutageSettings, repairOutageSettings, type OutageSettings } from '../shared/outage-settings';
import { say } from '../shared/say';
import type { FailureRecord } from '../store/schema';
import type { FailureStore } from '../store/store-types';
import { incidentBadge, type Badge } from '../core/badge';
import type { HostLearner, HowLearned } from './host-learner';
import { incidentNotifier } from './incident-notifier';
import { incidentWatch } from './incident-watch';
import { periodicAlarms } from './periodic-alarms';
import { rangeLists } from './range-lists';
import { statusWatch } from './status-watch';

const INCIDENTS_ALARM = 'detour-incidents';
const RANGES_ALARM = 'detour-ranges';
const REPLAY_MS = 3 * 3_600_000; // the origin-surge baseline's span
const REPLAY_LIMIT = 5_000;

export interface OutageDeps {
  api: typeof chrome;
  store: Promise<FailureStore>;
  hosts: HostLearner;
  /** Settles once the tabs' pages are restored after a restart. */
  ready(): Promise<void>;
  /** Redraws every tab's badge (an incident opened or closed). */
  refreshAll(): void;
  report(what: string): (error: unknown) => void;
  /** The failure the popup headlines for a tab (notice-context.ts): its status line is the one shown. */
  headline(tabId: number): { diagnosis: Diagnosis } | undefined;
}

export function outageAwareness({ api, store, hosts, ready, refreshAll, report, headline }: OutageDeps) {
  const now = () => Date.now();
  let settings: Promise<OutageSettings> = readOutageSettings(api.storage.local);
  // The badge is drawn synchronously: it reads the last settings read (the defaults until then).
  let known: OutageSettings = OUTAGE_DEFAULTS;
  const settle = (read: Promise<OutageSettings>) =>
    read.then((current) => {
      const redraw = current.countOtherSites !== known.countOtherSites;
      known = current;
      if (redraw) refreshAll();
    }, report('reading the outage settings'));
  void settle(settings);
  // storage.local's own event: storage.onChanged also fires for every session-storage write (see sharing.ts).
  api.storage.local.onChanged.addListener((changes) => {
    if (changes.settings === undefined) return;
    settings = readOutageSettings(api.storage.local);
    void settle(settings);
    // Lists switched on or pointed elsewhere: download them all now rather than at the next due time.
    const before = repairOutageSettings(changes.settings.oldValue).settings;
    const after = repairOutageSettings(changes.settings.newValue).settings;
    if (after.fetchRangeLists && (!before.fetchRangeLists || before.rangeListsBaseUrl !== after.rangeListsBaseUrl)) refreshRanges(true).catch(report('refreshing IP ranges'));
    // New thresholds: replay the stored failures through a detector that uses them (failures whose write is
    // still in flight are missed by the replay).
    if (JSON.stringify(incidentConfigOf(before)) !== JSON.stringify(incidentConfigOf(after))) rebuilt = rebuilt.then(replay);
  });
  const currentSettings = () => settings;

  let open: Incident[] = [];
  let redraw: ReturnType<typeof setTimeout> | undefined;
  const notify = incidentNotifier({ api, wanted: async () => (await settings).notifyIncidents, report });
  const watch = incidentWatch({
    onOpened: notify,
    onChange() {
      // Every tab's badge at most every quarter second: an incident grows with each failure of a burst.
      redraw ??= setTimeout(() => {
        redraw = undefined;
        open = watch.open(now());
        refreshAll();
      }, 250);
    },
  });
  async function replay(): Promise<void> {
    try {
      const [current, records] = await Promise.all([settings, store.then((s) => s.recent({ since: now() - REPLAY_MS, limit: REPLAY_LIMIT }))]);
      watch.rebuild(incidentConfigOf(current), records, now());
    } catch (error) {
      report('rebuilding incidents')(error);
      watch.rebuild(incidentConfigOf(await settings.catch(() => OUTAGE_DEFAULTS)), [], now());
    }
  }
  let rebuilt = replay();

  const meta = { get: async (key: string) => (await store).getMeta(key), put: async (key: string, value: unknown) => (await store).setMeta(key, value) };
  const ranges = rangeLists({ meta, fetch: (...args) => fetch(...args) });
  const loaded = ranges.load().catch(report('loading cached IP ranges'));
  async function refreshRanges(all = false): Promise<void> {
    const [current] = await Promise.all([settings, loaded]); // what is cached is not downloaded again
    const errors = await ranges.refresh(current, now(), { all });
    if (errors.length > 0) console.warn(`Detour: some IP range lists were not refreshed (kept the last good copies):\n${errors.join('\n')}`);
  }
  const statuses = statusWatch({ fetch: (...args) => fetch(...args), settings: currentSettings, now });

  // The first range download waits a minute, away from the browser's start (and after tests have pointed it elsewhere).
  periodicAlarms(api.alarms, {
    [INCIDENTS_ALARM]: { periodInMinutes: 1, delayInMinutes: 1, run: () => void rebuilt.then(() => watch.tick(now())) },
    [RANGES_ALARM]: { periodInMinutes: 60, delayInMinutes: 1, run: () => refreshRanges(false).catch(report('refreshing IP ranges')) },
  }, report);
  // Incidents close after quiet time: look more often than the alarm while the worker is awake.
  setInterval(() => {
    if (open.length > 0) watch.tick(now());
  }, 15_000);

  const classifierDeps: ClassifierDeps = {
    lookupIp: ranges.lookup,
    hostProvider: (host) => hosts.get(host)?.provider ?? undefined,
  };

  // What says a failure's provider really answered (core/corroborate.ts): its ranges, and the hosts it served.
  const corroborationDeps: CorroborationDeps = { lookupIp: ranges.lookup, rangesCover: ranges.covers, servedHealthy: hosts.servedBy };

  const handlers: { [K in keyof OutageMessages]: (request: OutageMessages[K]['request']) => Promise<OutageMessages[K]['response']> } = {
    async outage({ tabId }) {
      if (!Number.isInteger(tabId)) throw new Error('outage: tabId must be an integer');
      await Promise.all([ready(), rebuilt]);
      const incidents = watch.open(now()).reverse();
      // The status line concerns the headline's provider; with no failure on the tab, the open incident's.
      const lead = headline(tabId)?.diagnosis;
      const about = lead !== undefined ? (lead.provider === null ? undefined : { provider: lead.provider, pop: lead.pop }) : incidents[0] === undefined ? undefined : { provider: incidents[0].provider, pop: incidents[0].pop };
      const status = about === undefined ? undefined : await statuses.line(about.provider, about.pop);
      const summaries = incidents.map((incident) => say(summarizeIncident(incident)));
      return status === undefined ? { incidents: summaries } : { incidents: summaries, status, statusOf: lead !== undefined ? 'headline' : 'incident' };
    },
  };

  return {
    classifierDeps,
    corroborationDeps,
    handlers,
    /** A failure was recorded (the store's record): counts towards incidents, and asks for the status page. */
    failed(record: FailureRecord): void {
      watch.failure(record);
      // Only for a failure the provider really answered: a spoofed page does not make Detour poll its status page.
      if (record.provider !== null && (record.failure === 'edge' || record.failure === 'origin') && isCorroborated(record.diagnosis)) statuses.touch(record.provider);
    },
    /** Wraps the host learner: its learn() sees every healthy answer that names a provider. */
    hostsTap(): HostLearner {
      return {
        ...hosts,
        learn(host: string, diagnosis: Diagnosis, time: number, how?: HowLearned) {
          hosts.learn(host, diagnosis, time, how);
          if (diagnosis.provider !== null) watch.healthy(diagnosis.provider, host, diagnosis.pop, time);
        },
      };
    },
    badge: (badge: Badge): Badge => incidentBadge(badge, open),
    /** Providers with an open incident: their failures count on every page (core/notice.ts). */
    incidentProviders: (): ReadonlySet<string> => new Set(open.map((incident) => incident.provider)),
    countOtherSites: (): boolean => known.countOtherSites,
  };
}
