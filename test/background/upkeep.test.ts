import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostLearner } from '../../src/background/host-learner';
import { periodicAlarms } from '../../src/background/periodic-alarms';
import { HOSTS_ALARM, PRUNE_ALARM, startUpkeep } from '../../src/background/upkeep';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { openStore, type FailureStore } from '../../src/store/failure-store';
import { failure, freshFactory } from '../store/fake-indexeddb';
import { fakeAlarms, fakeStorageArea } from './fake-api';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 12);

// Only the interval and the clock are fake: fake-indexeddb runs on the real setImmediate.
beforeEach(() => void vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: NOW }));
afterEach(() => void vi.useRealTimers());

async function setup({ settings = {}, alarms = fakeAlarms() }: { settings?: Partial<typeof DEFAULT_SETTINGS>; alarms?: ReturnType<typeof fakeAlarms> } = {}) {
  const store = await openStore({ indexedDB: freshFactory() });
  const hosts = hostLearner();
  const problems: string[] = [];
  const storage = fakeStorageArea({ settings: { ...DEFAULT_SETTINGS, ...settings } });
  const report = (what: string) => (error: unknown) => void problems.push(`${what}: ${String(error)}`);
  const upkeep = startUpkeep({ storage: storage.api, store: Promise.resolve(store), hosts, report });
  periodicAlarms(alarms.api, { [HOSTS_ALARM]: upkeep.hostsJob, [PRUNE_ALARM]: upkeep.pruneJob }, report); // as index.ts hands them
  return { store, hosts, alarms, problems };
}

const seen = async (store: FailureStore) => (await store.getHosts()).map((record) => `${record.host}=${record.provider}`).sort();

describe('startUpkeep', () => {
  it('schedules the hosts alarm every minute and the prune alarm every half hour, both a minute from now', async () => {
    const { alarms } = await setup();
    await vi.waitFor(() => expect(alarms.scheduled.size).toBe(2));
    expect(Object.fromEntries(alarms.scheduled)).toEqual({
      'detour-hosts': { periodInMinutes: 1, delayInMinutes: 1 },
      'detour-prune': { periodInMinutes: 30, delayInMinutes: 1 },
    });
  });

  it('leaves alarms that exist alone, so a wake does not restart their period', async () => {
    const alarms = fakeAlarms({ 'detour-hosts': { periodInMinutes: 1, delayInMinutes: 1 } });
    await setup({ alarms });
    await vi.waitFor(() => expect(alarms.created.get('detour-prune')).toBe(1));
    expect(alarms.created.has('detour-hosts')).toBe(false);
  });

  it('writes the hosts learned since the last write when the hosts alarm fires, each once', async () => {
    const { store, hosts, alarms } = await setup();
    hosts.learn('cdn.shop.example', { provider: 'cloudflare', failure: 'none', evidence: [] }, NOW);
    hosts.learn('img.news.example', { provider: 'fastly', failure: 'none', evidence: [] }, NOW);
    await vi.waitFor(() => expect(alarms.scheduled.size).toBe(2));
    alarms.fire('detour-hosts');
    await expect.poll(() => seen(store)).toEqual(['cdn.shop.example=cloudflare', 'img.news.example=fastly']);
    expect(hosts.takeChanged()).toEqual([]);
  });

  it('also writes learned hosts every five seconds, between alarms', async () => {
    const { store, hosts } = await setup();
    hosts.learn('cdn.shop.example', { provider: 'cloudflare', failure: 'none', evidence: [] }, NOW);
    vi.advanceTimersByTime(4_999);
    expect(await seen(store)).toEqual([]);
    vi.advanceTimersByTime(1);
    await expect.poll(() => seen(store)).toEqual(['cdn.shop.example=cloudflare']);
  });

  it("prunes by the person's retention settings when the prune alarm fires", async () => {
    const { store, alarms } = await setup({ settings: { retentionDays: 2, retentionMaxFailures: 100 } });
    await Promise.all([
      store.record(failure('old', { time: NOW - 3 * DAY })),
      store.record(failure('day-old', { time: NOW - DAY })),
      store.record(failure('new', { time: NOW - 1_000 })),
    ]);
    await vi.waitFor(() => expect(alarms.scheduled.size).toBe(2));
    alarms.fire('detour-prune');
    await expect.poll(async () => (await store.recent()).map((record) => record.id)).toEqual(['new', 'day-old']);
  });

  it('prunes down to the most failures the person keeps', async () => {
    const { store, alarms } = await setup({ settings: { retentionDays: 365, retentionMaxFailures: 100 } });
    await Promise.all(Array.from({ length: 105 }, (_, i) => store.record(failure(`f${String(i).padStart(3, '0')}`, { time: NOW - 1_000_000 + i }))));
    await vi.waitFor(() => expect(alarms.scheduled.size).toBe(2));
    alarms.fire('detour-prune');
    await expect.poll(() => store.count()).toBe(100);
    expect((await store.recent({ limit: 200 })).at(-1)?.id).toBe('f005'); // the five oldest went
  });

  it('leaves an alarm that is not its own alone', async () => {
    const { hosts, alarms } = await setup();
    await vi.waitFor(() => expect(alarms.scheduled.size).toBe(2));
    await alarms.api.create('someone-else', { periodInMinutes: 1 });
    hosts.learn('cdn.shop.example', { provider: 'cloudflare', failure: 'none', evidence: [] }, NOW);
    alarms.fire('someone-else');
    expect(hosts.takeChanged().map((record) => record.host)).toEqual(['cdn.shop.example']); // still waiting to be written
  });

  it('says what went wrong when writing the hosts fails', async () => {
    const { store, hosts, alarms, problems } = await setup();
    await vi.waitFor(() => expect(alarms.scheduled.size).toBe(2));
    hosts.learn('cdn.shop.example', { provider: 'cloudflare', failure: 'none', evidence: [] }, NOW);
    store.close();
    alarms.fire('detour-hosts');
    await expect.poll(() => problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^writing learned hosts: /);
  });
});
