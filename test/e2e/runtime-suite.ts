// The extension runtime end to end, once per browser: failures stored in IndexedDB exactly once, the
// badge per page, many failing subresources from three providers, and nothing lost when the browser
// stops Detour's background in the middle of a burst of failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioProblems } from '../../scripts/lib/check-scenario';
import { type DetourBrowser, type LaunchOptions, badgeColorName } from '../../scripts/lib/detour-browser';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { BURST_SIZE, FLOOD_PATH, FLOOD_SIZE, SCENARIOS, scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { MAX_TAB_ENTRIES } from '../../src/background/tab-pages';
import { DIST } from './dist-is-fresh';
import { storedFailuresIn } from './stored-failures';

const POLL = { timeout: 10_000, interval: 100 };
const SLOW_POLL = { timeout: 30_000, interval: 250 };
/** Events Chromium may discard when it stops the worker by force (see the burst test). */
const IN_FLIGHT_ALLOWANCE = 10;

export interface RuntimeSuiteOptions {
  launch?: Partial<LaunchOptions>;
  /**
   * Stop the background by force in the middle of a burst (Chromium: CDP ServiceWorker.stopAllWorkers, the
   * hardest stop). Firefox is held to what it really does, unloading an idle event page; its forced
   * terminateBackground drops events it was dispatching to the page it tears down (5–10% of a burst here).
   */
  forcedStopMidBurst?: boolean;
}

export function runtimeSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>, options: RuntimeSuiteOptions = {}): void {
  const extra = options.launch ?? {};
  describe(`Detour's runtime in ${name}`, { timeout: 90_000 }, () => {
    let server: ScenarioServer;
    let browser: DetourBrowser | undefined;

    beforeAll(async () => {
      server = await startScenarioServer(SCENARIOS);
      browser = await launch({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true, ...extra });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    const detour = () => browser as DetourBrowser;
    const stored = (url: string) => detour().inExtensionPage(storedFailuresIn, url);

    it('stores a failing page once, with its diagnosis, and shows it in the popup', async () => {
      const url = server.urlOf(scenarioNamed('cloudfront-502'));
      await detour().visit(url);
      await expect.poll(async () => (await stored(url)).length, POLL).toBe(1);
      const [record] = await stored(url);
      expect(record).toMatchObject({ provider: 'aws', failure: 'origin', status: 502 });
      const report = await detour().report(url);
      const popup = await detour().popup(report.tabId);
      // The popup names the provider and says who is at fault in words (src/core/explain).
      expect(popup).toMatch(/server is not answering; Amazon CloudFront is working/);
    });

    it('counts 200 failing subresources per provider and host (70 Cloudflare, 70 S3 via CloudFront, 60 Fastly): badge 3 red, each stored once', async () => {
      const scenario = scenarioNamed('three-providers');
      const url = server.urlOf(scenario);
      await detour().visit(url);
      await expect.poll(async () => scenarioProblems(scenario.expected, await detour().report(url)), SLOW_POLL).toEqual([]);
      await expect.poll(async () => (await stored(url)).length, SLOW_POLL).toBe(200);
      const records = await stored(url);
      expect(new Set(records.map((r) => r.id)).size).toBe(200);
      const byPair = new Map<string, number>();
      for (const r of records) byPair.set(`${r.provider}/${r.failure}`, (byPair.get(`${r.provider}/${r.failure}`) ?? 0) + 1);
      expect(Object.fromEntries(byPair)).toEqual({ 'cloudflare/origin': 70, 'aws/edge': 70, 'fastly/origin': 60 });
    });

    it(`stays responsive and bounded while a page fires ${FLOOD_SIZE.toLocaleString('en')} failing requests`, async () => {
      const scenario = scenarioNamed('healthy');
      const url = `http://${scenario.host}:${server.port}${FLOOD_PATH}`;
      const before = server.served(scenario.host);
      await detour().visit(url);
      await expect.poll(() => server.served(scenario.host) - before, { timeout: 150_000, interval: 1000 }).toBeGreaterThan(FLOOD_SIZE);
      await expect.poll(async () => (await detour().report(url)).badgeText, POLL).toBe('1'); // one (provider, host) pair
      const report = await detour().report(url);
      // The tab's list and the store stay bounded; the popup still answers, every failure counted in its row.
      expect(report.diagnoses.length).toBeLessThanOrEqual(MAX_TAB_ENTRIES);
      expect((await stored(url)).length).toBeLessThanOrEqual(MAX_TAB_ENTRIES);
      const counted = report.diagnoses.reduce((sum, entry) => sum + (entry.repeat ?? 1), 0);
      expect(counted).toBeGreaterThan(FLOOD_SIZE * 0.95); // a browser may drop a few events under this load
      expect(await detour().popup(report.tabId)).toMatch(/Parts of www\.tinroof-coffee\.com are failing/);
    }, 200_000);

    // Defined only where it applies (a skipped browser test would read as a gap in CI).
    // What Detour received before the stop is journaled and stored exactly once. What it cannot store is
    // what never reached it: Chromium discards the webRequest events it had dispatched to the worker when
    // CDP stops it (seen here: a request whose headers event never ran while its later ORB error did, and
    // requests the server answered with no event at all, with no storage call refused). That is a handful
    // of the 500 in some runs, so the count is held to IN_FLIGHT_ALLOWANCE below 500, not to 500.
    if (options.forcedStopMidBurst) it(`keeps every failure of a ${BURST_SIZE}-image burst that reached it exactly once when the background is stopped in the middle of it`, async () => {
      const scenario = scenarioNamed('burst');
      const failingHost = ('subresources' in scenario ? scenario.subresources?.[0]?.host : undefined) ?? '';
      const url = server.urlOf(scenario);
      const wakesBefore = await detour().inExtensionPage(backgroundWakes, null);
      await detour().visit(url);
      await expect.poll(() => server.served(failingHost), POLL).toBeGreaterThan(100);
      await detour().stopBackground();
      expect(server.served(failingHost)).toBeLessThan(BURST_SIZE); // stopped while failures were still arriving
      await expect.poll(() => server.served(failingHost), SLOW_POLL).toBe(BURST_SIZE);
      // Asking Detour about the tab wakes the background if it is stopped, as any event would: it stores
      // what its journal kept from before the stop.
      const counted = async () => (await detour().report(url)).diagnoses.filter((entry) => entry.host === failingHost).length;
      let shown = -1;
      const settled = async () => {
        const now = await counted();
        const same = now === shown;
        shown = now;
        return same && now >= BURST_SIZE - IN_FLIGHT_ALLOWANCE; // the same count a second apart
      };
      await expect.poll(settled, { timeout: 30_000, interval: 1000 }).toBe(true);
      await expect.poll(async () => (await stored(url)).filter((r) => r.host === failingHost).length, SLOW_POLL).toBe(shown);
      const records = (await stored(url)).filter((r) => r.host === failingHost);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length); // each once
      expect(records.every((r) => r.provider === 'aws' && r.failure === 'origin' && r.status === 504)).toBe(true);
      const report = await detour().report(url);
      expect({ badge: report.badgeText, colour: badgeColorName(report.badgeColor) }).toEqual({ badge: '1', colour: 'orange' });
      // The background really did stop and start again.
      expect(await detour().inExtensionPage(backgroundWakes, null)).toBeGreaterThanOrEqual(wakesBefore + 1);
      // Nothing is left in the journal once everything is stored.
      await expect.poll(() => detour().inExtensionPage(journalEntries, null), POLL).toBe(0);
      console.log(`forced stop mid-burst: ${records.length} of ${BURST_SIZE} stored (${BURST_SIZE - records.length} never reached the worker)`);
    });

    if (extra.firefoxPrefs?.['extensions.background.idle.timeout'] !== undefined) {
      it('loses nothing while the idle background unloads between pages', async () => {
        const before = await detour().inExtensionPage(backgroundWakes, null);
        const urls = ['cloudflare-522', 'elb-502', 'vercel-500'].map((name) => server.urlOf(scenarioNamed(name)));
        for (const url of urls) {
          await new Promise((resolve) => setTimeout(resolve, 2500)); // longer than the idle timeout
          await detour().visit(url);
        }
        for (const url of urls) await expect.poll(async () => (await stored(url)).length, POLL).toBe(1);
        expect(await detour().inExtensionPage(backgroundWakes, null)).toBeGreaterThan(before);
      });
    }
  });
}

async function backgroundWakes(): Promise<number> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const { detourWakes } = (await api.storage.session.get('detourWakes')) as { detourWakes?: number };
  return detourWakes ?? 0;
}

async function journalEntries(): Promise<number> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  return Object.keys(await api.storage.session.get(null)).filter((key) => key.startsWith('failure-journal:')).length;
}
