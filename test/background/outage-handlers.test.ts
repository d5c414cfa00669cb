import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import net from '../../src/locales/en/net.json';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';
import { outageHandlers } from '../../src/background/outage-handlers';
import { edgeFailure, fakeClock, FOUR_SITES, fourSitesFail, outageParts, settled } from './outage-setup';

beforeAll(() => useCatalogs(outage, net));
beforeEach(fakeClock);
afterEach(() => void vi.useRealTimers());

describe("outageHandlers: the popup's outage message", () => {
  it('refuses a tab id that is not a whole number', async () => {
    const { handlers } = outageParts();
    await expect(handlers.outage({ type: 'outage', tabId: 1.5 })).rejects.toThrow(/tabId must be an integer/);
  });

  it('answers the open incidents in words, with the incident provider\'s status line when the tab has no failure', async () => {
    const run = outageParts();
    await settled();
    await fourSitesFail(run);
    const answer = await run.handlers.outage({ type: 'outage', tabId: 7 });
    expect(answer.incidents).toEqual(['Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC']);
    expect(answer).toMatchObject({ statusOf: 'incident', status: expect.stringMatching(/^Cloudflare status: major outage/) });
  });

  it("speaks of the headline failure's provider when the tab has one, and of nothing when that has no provider", async () => {
    const headed = outageParts({ headline: { provider: 'cloudflare', failure: 'origin', status: 522, pop: 'FRA', evidence: [] } });
    expect(await headed.handlers.outage({ type: 'outage', tabId: 7 })).toEqual({
      incidents: [],
      status: expect.stringMatching(/^Cloudflare status: major outage.*Frankfurt, Germany - \(FRA\): partial outage$/),
      statusOf: 'headline',
    });
    const unknown = outageParts({ headline: { provider: null, failure: 'origin', status: 502, evidence: [] } });
    expect(await unknown.handlers.outage({ type: 'outage', tabId: 7 })).toEqual({ incidents: [] });
    expect(unknown.fetched).toEqual([]);
  });

  it('has no status line when status pages are off', async () => {
    const run = outageParts({ settings: { fetchStatusPages: false }, headline: { provider: 'cloudflare', failure: 'edge', status: 522, evidence: [] } });
    expect(await run.handlers.outage({ type: 'outage', tabId: 7 })).toEqual({ incidents: [] });
    expect(run.fetched).toEqual([]);
  });

  it('lists the newest incident first', async () => {
    const run = outageParts();
    await settled();
    await fourSitesFail(run);
    for (const [i, site] of FOUR_SITES.entries()) {
      const cloudflare = edgeFailure(10 + i, site);
      run.incidents.failed({ ...cloudflare, provider: 'fastly', diagnosis: { ...cloudflare.diagnosis, provider: 'fastly' } });
    }
    const answer = await run.handlers.outage({ type: 'outage', tabId: 7 });
    expect(answer.incidents.map((words) => words.split(' ')[0])).toEqual(['Fastly', 'Cloudflare']);
  });

  it('answers once the tabs are restored: the failures that waited for them count', async () => {
    let restored = () => {};
    const run = outageParts();
    const handlers = outageHandlers({ ready: () => new Promise((resolve) => (restored = resolve)), incidents: run.incidents, statuses: run.statuses, headline: () => undefined });
    await settled();
    const answer = handlers.outage({ type: 'outage', tabId: 7 });
    await settled();
    await fourSitesFail(run); // as the queued events are let through when the pages are restored
    restored();
    expect((await answer).incidents).toEqual(['Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC']);
  });
});
