import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { periodicAlarms } from '../../src/background/periodic-alarms';
import { RANGES_ALARM, startRanges } from '../../src/background/ranges';
import { RANGE_SOURCES } from '../../src/core/ipranges';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';
import { OUTAGE_DEFAULTS, type OutageSettings } from '../../src/shared/outage-settings';
import { memoryStore } from '../../src/store/memory-store';
import { fakeAlarms } from './fake-api';
import { settled } from './outage-setup';

beforeAll(() => useCatalogs(net));
afterEach(() => void vi.restoreAllMocks());

const LISTS = 'http://ranges.test';
const ON: OutageSettings = { ...OUTAGE_DEFAULTS, rangeListsBaseUrl: LISTS };
const OFF: OutageSettings = { ...ON, fetchRangeLists: false };
const NEW_RANGE = '203.0.113.7'; // in no seed: only a downloaded list names it

function setup({ settings = ON, store = memoryStore(100, { mode: 'memory' }), alarms = fakeAlarms() } = {}) {
  let current = settings;
  const fetched: string[] = [];
  // Cloudflare's IPv4 list answers with a range the seed lacks; every other list is gone.
  const fetch = (async (input: string | URL | Request) => {
    fetched.push(String(input));
    return String(input) === `${LISTS}/cloudflare-v4` ? new Response('104.16.0.0/13\n203.0.113.0/24\n') : new Response('gone', { status: 503 });
  }) as typeof globalThis.fetch;
  const warnings: string[] = [];
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  const problems: string[] = [];
  const ranges = startRanges({ store: Promise.resolve(store), settings: async () => current, fetch, report: (what) => (error) => void problems.push(`${what}: ${String(error)}`), now: () => 1_000 });
  periodicAlarms(alarms.api, { [RANGES_ALARM]: ranges.job }, () => () => undefined);
  return { ranges, store, alarms, fetched, warnings, problems, change: (to: OutageSettings) => ranges.settingsChanged(current, (current = to)) };
}

describe('startRanges', () => {
  it('schedules the ranges alarm every hour, leaving an existing one alone', async () => {
    const alarms = fakeAlarms({ 'detour-ranges': { periodInMinutes: 60, delayInMinutes: 1 } });
    setup({ alarms });
    await settled();
    expect(Object.fromEntries(alarms.scheduled)).toEqual({ 'detour-ranges': { periodInMinutes: 60, delayInMinutes: 1 } });
    expect(alarms.created.has('detour-ranges')).toBe(false);
  });

  it('downloads the due lists when its alarm goes off, keeps them in the store, and says which failed', async () => {
    const run = setup();
    await settled();
    expect(run.fetched).toEqual([]); // nothing at start: the first download waits for the alarm
    expect(run.ranges.lookup(NEW_RANGE)).toBeUndefined();
    run.alarms.fire('detour-ranges');
    await vi.waitFor(() => expect(run.ranges.lookup(NEW_RANGE)?.provider).toBe('cloudflare'));
    expect(run.fetched).toEqual(RANGE_SOURCES.map((source) => `${LISTS}/${source.id}`));
    expect(await run.store.getMeta('ranges:cloudflare-v4')).toEqual({ text: '104.16.0.0/13\n203.0.113.0/24\n', fetchedAt: 1_000 });
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/^Detour: some IP range lists were not refreshed \(kept the last good copies\):\n/);
    expect(run.warnings[0]).not.toMatch(/cloudflare-v4/);
  });

  it('starts from the lists an earlier worker kept, without downloading them again', async () => {
    const first = setup();
    await settled();
    first.alarms.fire('detour-ranges');
    await vi.waitFor(() => expect(first.ranges.lookup(NEW_RANGE)?.provider).toBe('cloudflare'));
    const restarted = setup({ store: first.store });
    await settled();
    expect(restarted.ranges.lookup(NEW_RANGE)?.provider).toBe('cloudflare');
    restarted.alarms.fire('detour-ranges');
    await settled();
    expect(restarted.fetched).not.toContain(`${LISTS}/cloudflare-v4`); // not due for a day
  });

  it('downloads nothing on its alarm while the lists are off', async () => {
    const run = setup({ settings: OFF });
    await settled();
    run.alarms.fire('detour-ranges');
    await settled();
    expect(run.fetched).toEqual([]);
  });

  it('downloads every list at once when the person switches them on or points them elsewhere, and not otherwise', async () => {
    const run = setup({ settings: OFF });
    await settled();
    run.change({ ...OFF, rangeListsRefreshHours: 48 });
    await settled();
    expect(run.fetched).toEqual([]);
    run.change(ON);
    await vi.waitFor(() => expect(run.fetched).toHaveLength(RANGE_SOURCES.length));
    run.change({ ...ON, rangeListsRefreshHours: 48 });
    await settled();
    expect(run.fetched).toHaveLength(RANGE_SOURCES.length);
    run.change({ ...ON, rangeListsBaseUrl: 'http://elsewhere.test' });
    await vi.waitFor(() => expect(run.fetched).toHaveLength(2 * RANGE_SOURCES.length));
    expect(run.fetched.at(-1)).toMatch(/^http:\/\/elsewhere\.test\//);
  });
});
