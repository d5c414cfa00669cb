import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_RED } from '../../src/core/badge';
import { say } from '../../src/shared/say';
import net from '../../src/locales/en/net.json';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';
import { OUTAGE_DEFAULTS } from '../../src/shared/outage-settings';
import { fakeAlarms, fakeStorageArea } from './fake-api';
import { edgeFailure, fakeClock, FOUR_SITES, fourSitesFail, MINUTE, noFailures, outageParts, QUIET, settled, T0 } from './outage-setup';

beforeAll(() => useCatalogs(outage, net));
beforeEach(fakeClock);
afterEach(() => void vi.useRealTimers());

describe('startIncidents: a recorded failure', () => {
  it('opens an incident when four sites fail: every badge turns to a red "!" after the quarter-second throttle', async () => {
    const run = outageParts();
    await settled();
    await fourSitesFail(run);
    const before = run.redraws();
    expect(run.incidents.badge(noFailures())).toEqual(noFailures()); // not redrawn yet
    vi.advanceTimersByTime(250);
    expect(run.redraws()).toBe(before + 1);
    const badge = run.incidents.badge(noFailures());
    expect(badge).toMatchObject({ text: '!', color: BADGE_RED });
    expect(say(badge.title)).toBe('Detour: Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC\n\nThis page: no provider failures on this page');
    expect([...run.incidents.providers()]).toEqual(['cloudflare']);
  });

  it('counts no failure the provider did not really answer', async () => {
    const run = outageParts();
    await settled();
    FOUR_SITES.forEach((site, i) => run.incidents.failed(edgeFailure(i, site, { corroborated: 'nothing' })));
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures())).toEqual(noFailures());
    expect([...run.incidents.providers()]).toEqual([]);
  });

  it('notifies once per incident, also after the worker restarts and rebuilds it from the store', async () => {
    const session = fakeStorageArea();
    const first = outageParts({ session });
    await settled();
    await fourSitesFail(first);
    await settled();
    expect(first.notifications).toEqual([
      { id: `detour:cloudflare@FRA/edge/${T0 + 3000}`, title: 'Detour: a provider looks down', message: 'Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC' },
    ]);
    expect(session.items.get('detourNotifiedIncidents')).toEqual([`cloudflare@FRA/edge/${T0 + 3000}`]);

    const restarted = outageParts({ session, store: first.store });
    await settled();
    vi.advanceTimersByTime(250);
    expect(restarted.incidents.badge(noFailures()).text).toBe('!'); // rebuilt from the store
    expect(restarted.notifications).toEqual([]);
  });

  it('notifies nobody when the person turned notifications off', async () => {
    const run = outageParts({ settings: { notifyIncidents: false } });
    await settled();
    await fourSitesFail(run);
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures()).text).toBe('!');
    expect(run.notifications).toEqual([]);
  });

  it('counts the failures that came while the store was replayed, each once', async () => {
    const run = outageParts();
    await fourSitesFail(run); // stored and seen before the replay settled: in the store and waiting both
    await run.incidents.rebuilt();
    expect(run.incidents.open().map((incident) => incident.domains)).toEqual([4]);
  });
});

describe('startIncidents: healthy answers and the alarm', () => {
  it('closes an incident once it went quiet and the provider answered healthily, and the badges return', async () => {
    const run = outageParts();
    await settled();
    await fourSitesFail(run);
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures()).text).toBe('!');
    run.incidents.healthy('cloudflare', 'www.a.com', 'FRA', T0 + MINUTE);
    vi.setSystemTime(T0 + 11 * MINUTE);
    run.alarms.fire('detour-incidents');
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures())).toEqual(noFailures());
    expect([...run.incidents.providers()]).toEqual([]);
  });

  it('keeps the incident open when no healthy answer reaches it', async () => {
    const run = outageParts();
    await settled();
    await fourSitesFail(run);
    vi.setSystemTime(T0 + 11 * MINUTE);
    run.alarms.fire('detour-incidents');
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures()).text).toBe('!');
  });

  it('closes a quiet incident between alarms too, while the worker is awake', async () => {
    const run = outageParts();
    await settled();
    await fourSitesFail(run);
    vi.advanceTimersByTime(250);
    run.incidents.healthy('cloudflare', 'www.a.com', 'FRA', T0 + MINUTE);
    vi.advanceTimersByTime(11 * MINUTE); // no alarm fired: the 15-second look does it
    expect(run.incidents.badge(noFailures())).toEqual(noFailures());
  });

  it('schedules the incidents alarm every minute', async () => {
    const alarms = fakeAlarms();
    outageParts({ alarms });
    await settled();
    expect(Object.fromEntries(alarms.scheduled)).toEqual({ 'detour-incidents': { periodInMinutes: 1, delayInMinutes: 1 } });
  });
});

describe('startIncidents: new settings', () => {
  it('replays the stored failures through new thresholds', async () => {
    const run = outageParts();
    await settled();
    for (const [i, site] of ['a.com', 'b.org'].entries()) {
      const record = edgeFailure(i, site);
      await run.store.record(record);
      run.incidents.failed(record);
    }
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures()).text).toBe('');
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, incidentEdgeMinSites: 2 } });
    await settled();
    vi.advanceTimersByTime(250);
    expect(run.incidents.badge(noFailures()).text).toBe('!');
  });

  it('replays nothing when a change leaves the thresholds as they were', async () => {
    const run = outageParts();
    await settled();
    const asked = vi.spyOn(run.store, 'recent');
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, notifyIncidents: false } });
    await settled();
    expect(asked).not.toHaveBeenCalled();
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, incidentQuietMinutes: 20 } });
    await settled();
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
