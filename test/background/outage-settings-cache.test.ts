import { describe, expect, it } from 'vitest';
import { outageSettingsCache } from '../../src/background/outage-settings-cache';
import { OUTAGE_DEFAULTS, type OutageSettings } from '../../src/shared/outage-settings';
import { fakeStorageArea } from './fake-api';
import { QUIET, settled } from './outage-setup';

function setup(stored: unknown = { ...OUTAGE_DEFAULTS, ...QUIET }) {
  const local = fakeStorageArea(stored === undefined ? {} : { settings: stored });
  let redraws = 0;
  const changes: [before: OutageSettings, after: OutageSettings][] = [];
  const problems: string[] = [];
  const cache = outageSettingsCache({
    storage: local.api,
    redraw: () => void redraws++,
    changed: (before, after) => void changes.push([before, after]),
    report: (what) => (error) => void problems.push(`${what}: ${String(error)}`),
  });
  return { cache, local, changes, problems, redraws: () => redraws };
}

describe('outageSettingsCache', () => {
  it('redraws the badges when the person starts counting other sites', async () => {
    const run = setup();
    await settled();
    const before = run.redraws();
    expect(run.cache.known().countOtherSites).toBe(false);
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, countOtherSites: true } });
    await settled();
    expect(run.cache.known().countOtherSites).toBe(true);
    expect(run.redraws()).toBe(before + 1);
  });

  it('knows the defaults until the first read settles, then the stored settings', async () => {
    const run = setup({ ...OUTAGE_DEFAULTS, ...QUIET, incidentEdgeMinSites: 7 });
    expect(run.cache.known()).toEqual(OUTAGE_DEFAULTS);
    expect(await run.cache.current()).toEqual({ ...OUTAGE_DEFAULTS, ...QUIET, incidentEdgeMinSites: 7 });
    expect(run.cache.known()).toEqual({ ...OUTAGE_DEFAULTS, ...QUIET, incidentEdgeMinSites: 7 });
  });

  it('redraws at start only when the stored choice to count other sites is not the default', async () => {
    const counting = setup({ ...OUTAGE_DEFAULTS, countOtherSites: true });
    const usual = setup();
    await settled();
    expect(counting.redraws()).toBe(1);
    expect(usual.redraws()).toBe(0);
  });

  it('hands each change on, before and after, repaired; and reads the new settings', async () => {
    const run = setup();
    await settled();
    await run.local.api.set({ settings: { ...OUTAGE_DEFAULTS, ...QUIET, fetchRangeLists: true, incidentEdgeMinSites: 'many' } });
    expect(run.changes).toEqual([[{ ...OUTAGE_DEFAULTS, ...QUIET }, { ...OUTAGE_DEFAULTS, ...QUIET, fetchRangeLists: true }]]);
    expect(await run.cache.current()).toEqual({ ...OUTAGE_DEFAULTS, ...QUIET, fetchRangeLists: true });
  });

  it('leaves alone changes to other keys', async () => {
    const run = setup();
    const first = run.cache.current();
    await run.local.api.set({ somethingElse: 1 });
    expect(run.changes).toEqual([]);
    expect(run.cache.current()).toBe(first);
  });

  it('says why the settings could not be read, and keeps the defaults', async () => {
    const local = fakeStorageArea();
    local.api.get = (async () => Promise.reject(new Error('storage gone'))) as typeof local.api.get;
    const problems: string[] = [];
    const cache = outageSettingsCache({ storage: local.api, redraw: () => {}, changed: () => {}, report: (what) => (error) => void problems.push(`${what}: ${String(error)}`) });
    await settled();
    expect(problems).toEqual(['reading the outage settings: Error: storage gone']);
    expect(cache.known()).toEqual(OUTAGE_DEFAULTS);
  });
});
