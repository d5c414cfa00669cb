// What the outage tests share: a moment, Cloudflare edge failures on distinct sites, and the outage parts
// wired as background/index.ts wires them, over fakes with real state (storage, alarms, the store).
import { vi } from 'vitest';
import { badgeFor, type Badge } from '../../src/core/badge';
import type { Diagnosis, Failure } from '../../src/core/types';
import { incidentNotifier } from '../../src/background/incident-notifier';
import { INCIDENTS_ALARM, startIncidents } from '../../src/background/incidents';
import { outageHandlers } from '../../src/background/outage-handlers';
import { outageSettingsCache } from '../../src/background/outage-settings-cache';
import { periodicAlarms } from '../../src/background/periodic-alarms';
import { statusWatch } from '../../src/background/status-watch';
import { OUTAGE_DEFAULTS, type OutageSettings } from '../../src/shared/outage-settings';
import type { FailureStore } from '../../src/store/failure-store';
import { memoryStore } from '../../src/store/memory-store';
import type { FailureRecord } from '../../src/store/schema';
import { CLOUDFLARE_1118 } from '../core/status/feeds';
import { fakeAlarms, fakeStorageArea } from './fake-api';

export const T0 = Date.UTC(2025, 10, 18, 11, 20);
export const MINUTE = 60_000;
export const STAND_IN = 'http://status.test';
// No downloads unless a test asks: the range lists off, status pages from a stand-in.
export const QUIET: Partial<OutageSettings> = { fetchRangeLists: false, statusFeedsBaseUrl: STAND_IN };
export const FOUR_SITES = ['a.com', 'b.org', 'c.net', 'd.io'];

/** The clock and the timers are fake (the redraw throttle among them); setImmediate stays real, so awaited work can finish. */
export const fakeClock = () => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: T0 });

export const settled = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

export function edgeFailure(n: number, site: string, { time = T0 + n * 1000, failure = 'edge', corroborated = 'seen-healthy' }: { time?: number; failure?: Failure; corroborated?: Diagnosis['corroborated'] | 'nothing' } = {}): FailureRecord {
  const host = `cdn.${site}`;
  const diagnosis: Diagnosis = { provider: 'cloudflare', failure, pop: 'FRA', evidence: [], ...(corroborated === 'nothing' ? {} : { corroborated }) };
  return { id: `s:${n}`, tabId: n, pageId: `${n}-0`, pageUrl: `https://www.${site}/`, url: `https://${host}/app.js`, host, type: 'script', time, provider: 'cloudflare', failure, diagnosis };
}

export const noFailures = (): Badge => badgeFor(undefined, { pageHost: '', pageProvider: undefined, incidents: new Set(), countOtherSites: false });

export interface OutageSetup {
  settings?: Partial<OutageSettings>;
  store?: FailureStore;
  session?: ReturnType<typeof fakeStorageArea>;
  alarms?: ReturnType<typeof fakeAlarms>;
  headline?: Diagnosis;
}

/** The settings cache, the notifier, the incidents, the status pages and the popup's handler, wired as index.ts does. */
export function outageParts({ settings = {}, store = memoryStore(5_000, { mode: 'memory' }), session = fakeStorageArea(), alarms = fakeAlarms(), headline }: OutageSetup = {}) {
  const local = fakeStorageArea({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, ...settings } });
  const notifications: { id: string; title: string; message: string }[] = [];
  const fetched: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    fetched.push(String(input));
    return Response.json(CLOUDFLARE_1118);
  }) as typeof globalThis.fetch;
  const api = {
    storage: { local: local.api, session: session.api },
    notifications: {
      async create(id: string, options: chrome.notifications.NotificationOptions) {
        notifications.push({ id, title: String(options.title), message: String(options.message) });
        return id;
      },
    },
    runtime: { getURL: (path: string) => `chrome-extension://detour/${path}` },
  } as unknown as typeof chrome;
  let redraws = 0;
  const refreshAll = () => void redraws++;
  const problems: string[] = [];
  const report = (what: string) => (error: unknown) => void problems.push(`${what}: ${String(error)}`);
  const cache = outageSettingsCache({ storage: local.api, redraw: refreshAll, changed: (before, after) => incidents.settingsChanged(before, after), report });
  const notify = incidentNotifier({ api, wanted: async () => (await cache.current()).notifyIncidents, report });
  const incidents = startIncidents({ store: Promise.resolve(store), settings: cache.current, onOpened: notify, refreshAll, report });
  const statuses = statusWatch({ fetch, settings: cache.current, now: () => Date.now() });
  periodicAlarms(alarms.api, { [INCIDENTS_ALARM]: incidents.job }, report);
  const handlers = outageHandlers({ ready: async () => {}, incidents, statuses, headline: () => (headline === undefined ? undefined : { diagnosis: headline }) });
  return { incidents, statuses, handlers, cache, store, alarms, local, session, notifications, fetched, problems, redraws: () => redraws };
}

export type OutageParts = ReturnType<typeof outageParts>;

/** Four sites fail at Cloudflare's edge through FRA: an incident opens (and is stored, as the pipeline does). */
export async function fourSitesFail({ incidents, statuses, store }: OutageParts) {
  for (const [i, site] of FOUR_SITES.entries()) {
    const record = edgeFailure(i, site);
    await store.record(record);
    incidents.failed(record);
    statuses.failed(record);
  }
}
