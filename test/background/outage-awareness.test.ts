import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_RED, badgeFor, type Badge } from '../../src/core/badge';
import { say } from '../../src/shared/say';
import { hostLearner } from '../../src/background/host-learner';
import { outageAwareness } from '../../src/background/outage-awareness';
import type { Diagnosis, Failure } from '../../src/core/types';
import net from '../../src/locales/en/net.json';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';
import { OUTAGE_DEFAULTS, type OutageSettings } from '../../src/shared/outage-settings';
import type { FailureStore } from '../../src/store/failure-store';
import { memoryStore } from '../../src/store/memory-store';
import type { FailureRecord } from '../../src/store/schema';
import { CLOUDFLARE_1118 } from '../core/status/feeds';
import { fakeAlarms, fakeStorageArea } from './fake-api';

beforeAll(() => useCatalogs(outage, net));

const T0 = Date.UTC(2025, 10, 18, 11, 20);
const MINUTE = 60_000;
const STAND_IN = 'http://status.test';
// No downloads unless a test asks: the range lists off, status pages from a stand-in.
const QUIET: Partial<OutageSettings> = { fetchRangeLists: false, statusFeedsBaseUrl: STAND_IN };

// The redraw throttle and the clock are fake; setImmediate stays real, so awaited work can finish.
beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: T0 }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const settled = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

function edgeFailure(n: number, site: string, { time = T0 + n * 1000, failure = 'edge', corroborated = 'seen-healthy' }: { time?: number; failure?: Failure; corroborated?: Diagnosis['corroborated'] | 'nothing' } = {}): FailureRecord {
  const host = `cdn.${site}`;
  const diagnosis: Diagnosis = { provider: 'cloudflare', failure, pop: 'FRA', evidence: [], ...(corroborated === 'nothing' ? {} : { corroborated }) };
  return { id: `s:${n}`, tabId: n, pageId: `${n}-0`, pageUrl: `https://www.${site}/`, url: `https://${host}/app.js`, host, type: 'script', time, provider: 'cloudflare', failure, diagnosis };
}
const FOUR_SITES = ['a.com', 'b.org', 'c.net', 'd.io'];

interface Setup {
  settings?: Partial<OutageSettings>;
  store?: FailureStore;
  session?: ReturnType<typeof fakeStorageArea>;
  alarms?: ReturnType<typeof fakeAlarms>;
  headline?: Diagnosis;
}

function setup({ settings = {}, store = memoryStore(5_000, { mode: 'memory' }), session = fakeStorageArea(), alarms = fakeAlarms(), headline }: Setup = {}) {
  const local = fakeStorageArea({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, ...settings } });
  const notifications: { id: string; title: string; message: string }[] = [];
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request) => {
    fetched.push(String(input));
    return Response.json(CLOUDFLARE_1118);
  });
  const api = {
    storage: { local: local.api, session: session.api },
    alarms: alarms.api,
    notifications: {
      async create(id: string, options: chrome.notifications.NotificationOptions) {
        notifications.push({ id, title: String(options.title), message: String(options.message) });
        return id;
      },
    },
    runtime: { getURL: (path: string) => `chrome-extension://detour/${path}` },
  } as unknown as typeof chrome;
  const hosts = hostLearner();
  let redraws = 0;
  const problems: string[] = [];
  const awareness = outageAwareness({
    api,
    store: Promise.resolve(store),
    hosts,
    ready: async () => {},
    refreshAll: () => void redraws++,
    report: (what) => (error) => void problems.push(`${what}: ${String(error)}`),
    headline: () => (headline === undefined ? undefined : { diagnosis: headline }),
  });
  return { awareness, store, hosts, alarms, local, session, notifications, fetched, problems, redraws: () => redraws };
}

/** Four sites fail at Cloudflare's edge through FRA: an incident opens (and is stored, as the pipeline does). */
async function fourSitesFail({ awareness, store }: ReturnType<typeof setup>) {
  for (const [i, site] of FOUR_SITES.entries()) {
    const record = edgeFailure(i, site);
    await store.record(record);
    awareness.failed(record);
  }
}

const noFailures = (): Badge => badgeFor(undefined, { pageHost: '', pageProvider: undefined, incidents: new Set(), countOtherSites: false });

describe('outageAwareness: a recorded failure', () => {
  it('opens an incident when four sites fail: every badge turns to a red "!" after the quarter-second throttle', async () => {
    const run = setup();
    await settled();
    await fourSitesFail(run);
    const before = run.redraws();
    expect(run.awareness.badge(noFailures())).toEqual(noFailures()); // not redrawn yet
    vi.advanceTimersByTime(250);
    expect(run.redraws()).toBe(before + 1);
    const badge = run.awareness.badge(noFailures());
    expect(badge).toMatchObject({ text: '!', color: BADGE_RED });
    expect(say(badge.title)).toBe('Detour: Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC\n\nThis page: no provider failures on this page');
    expect([...run.awareness.incidentProviders()]).toEqual(['cloudflare']);
  });

  it('counts no failure the provider did not really answer', async () => {
    const run = setup();
    await settled();
    FOUR_SITES.forEach((site, i) => run.awareness.failed(edgeFailure(i, site, { corroborated: 'nothing' })));
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures())).toEqual(noFailures());
    expect([...run.awareness.incidentProviders()]).toEqual([]);
  });

  it("asks for the provider's status page only for a failure it really answered", async () => {
    const run = setup();
    await settled();
    run.awareness.failed(edgeFailure(0, 'a.com', { corroborated: 'nothing' }));
    run.awareness.failed({ ...edgeFailure(1, 'b.org', { failure: 'block' }) });
    await settled();
    expect(run.fetched).toEqual([]);
    run.awareness.failed(edgeFailure(2, 'c.net'));
    await settled();
    expect(run.fetched).toEqual([`${STAND_IN}/cloudflare`]);
  });

  it('notifies once per incident, also after the worker restarts and rebuilds it from the store', async () => {
    const session = fakeStorageArea();
    const first = setup({ session });
    await settled();
    await fourSitesFail(first);
    await settled();
    expect(first.notifications).toEqual([
      { id: `detour:cloudflare@FRA/edge/${T0 + 3000}`, title: 'Detour: a provider looks down', message: 'Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC' },
    ]);
    expect(session.items.get('detourNotifiedIncidents')).toEqual([`cloudflare@FRA/edge/${T0 + 3000}`]);

    const restarted = setup({ session, store: first.store });
    await settled();
    vi.advanceTimersByTime(250);
    expect(restarted.awareness.badge(noFailures()).text).toBe('!'); // rebuilt from the store
    expect(restarted.notifications).toEqual([]);
  });

  it('notifies nobody when the person turned notifications off', async () => {
    const run = setup({ settings: { notifyIncidents: false } });
    await settled();
    await fourSitesFail(run);
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures()).text).toBe('!');
    expect(run.notifications).toEqual([]);
  });
});

describe('outageAwareness: the host-learner tap', () => {
  it('learns the host as the learner does', async () => {
    const run = setup();
    const tap = run.awareness.hostsTap();
    tap.learn('cdn.shop.example', { provider: 'fastly', failure: 'none', evidence: [] }, T0);
    expect(run.hosts.get('cdn.shop.example')).toMatchObject({ provider: 'fastly', seen: T0 });
    expect(tap.get('cdn.shop.example')?.provider).toBe('fastly');
  });

  it("closes an incident once it went quiet and the provider answered healthily, and the badges return", async () => {
    const run = setup();
    await settled();
    await fourSitesFail(run);
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures()).text).toBe('!');
    run.awareness.hostsTap().learn('www.a.com', { provider: 'cloudflare', failure: 'none', pop: 'FRA', evidence: [] }, T0 + MINUTE);
    vi.setSystemTime(T0 + 11 * MINUTE);
    run.alarms.fire('detour-incidents');
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures())).toEqual(noFailures());
    expect([...run.awareness.incidentProviders()]).toEqual([]);
  });

  it('keeps the incident open when healthy answers bypass the tap', async () => {
    const run = setup();
    await settled();
    await fourSitesFail(run);
    run.hosts.learn('www.a.com', { provider: 'cloudflare', failure: 'none', pop: 'FRA', evidence: [] }, T0 + MINUTE);
    vi.setSystemTime(T0 + 11 * MINUTE);
    run.alarms.fire('detour-incidents');
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures()).text).toBe('!');
  });
});

describe('outageAwareness: alarms and settings', () => {
  it('schedules the incidents alarm every minute and the ranges alarm every hour, leaving existing ones alone', async () => {
    const alarms = fakeAlarms({ 'detour-ranges': { periodInMinutes: 60, delayInMinutes: 1 } });
    setup({ alarms });
    await settled();
    expect(Object.fromEntries(alarms.scheduled)).toEqual({
      'detour-ranges': { periodInMinutes: 60, delayInMinutes: 1 },
      'detour-incidents': { periodInMinutes: 1, delayInMinutes: 1 },
    });
    expect(alarms.created.has('detour-ranges')).toBe(false);
  });

  it('redraws the badges when the person starts counting other sites', async () => {
    const run = setup();
    await settled();
    const before = run.redraws();
    expect(run.awareness.countOtherSites()).toBe(false);
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, countOtherSites: true } });
    await settled();
    expect(run.awareness.countOtherSites()).toBe(true);
    expect(run.redraws()).toBe(before + 1);
  });

  it('replays the stored failures through new thresholds', async () => {
    const run = setup();
    await settled();
    for (const [i, site] of ['a.com', 'b.org'].entries()) {
      const record = edgeFailure(i, site);
      await run.store.record(record);
      run.awareness.failed(record);
    }
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures()).text).toBe('');
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, incidentEdgeMinSites: 2 } });
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.awareness.badge(noFailures()).text).toBe('!');
  });
});

describe("outageAwareness: the popup's outage message", () => {
  it('refuses a tab id that is not a whole number', async () => {
    const { awareness } = setup();
    await expect(awareness.handlers.outage({ type: 'outage', tabId: 1.5 })).rejects.toThrow(/tabId must be an integer/);
  });

  it('answers the open incidents in words, with the incident provider\'s status line when the tab has no failure', async () => {
    const run = setup();
    await settled();
    await fourSitesFail(run);
    const answer = await run.awareness.handlers.outage({ type: 'outage', tabId: 7 });
    expect(answer.incidents).toEqual(['Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC']);
    expect(answer).toMatchObject({ statusOf: 'incident', status: expect.stringMatching(/^Cloudflare status: major outage/) });
  });

  it("speaks of the headline failure's provider when the tab has one, and of nothing when that has no provider", async () => {
    const headed = setup({ headline: { provider: 'cloudflare', failure: 'origin', status: 522, pop: 'FRA', evidence: [] } });
    expect(await headed.awareness.handlers.outage({ type: 'outage', tabId: 7 })).toEqual({
      incidents: [],
      status: expect.stringMatching(/^Cloudflare status: major outage.*Frankfurt, Germany - \(FRA\): partial outage$/),
      statusOf: 'headline',
    });
    const unknown = setup({ headline: { provider: null, failure: 'origin', status: 502, evidence: [] } });
    expect(await unknown.awareness.handlers.outage({ type: 'outage', tabId: 7 })).toEqual({ incidents: [] });
    expect(unknown.fetched).toEqual([]);
  });

  it('has no status line when status pages are off', async () => {
    const run = setup({ settings: { fetchStatusPages: false }, headline: { provider: 'cloudflare', failure: 'edge', status: 522, evidence: [] } });
    expect(await run.awareness.handlers.outage({ type: 'outage', tabId: 7 })).toEqual({ incidents: [] });
    expect(run.fetched).toEqual([]);
  });
});
