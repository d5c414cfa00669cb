// The end-to-end smoke test, run once per browser: real pages from a local server with provider-like
// headers, Detour loaded from dist/, and what its badge and background say about each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioProblems } from '../../scripts/lib/check-scenario';
import { BADGE_COLORS, type DetourBrowser, type LaunchOptions } from '../../scripts/lib/detour-browser';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { SCENARIOS, scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { DIST } from './dist-is-fresh';

const POLL = { timeout: 10_000, interval: 100 };

// Scenarios judged on the page itself (its headers, network error or text); those with `resources`
// count subresource failures.
const PAGE_SCENARIOS = SCENARIOS.filter((scenario) => !scenario.expected.resources);

export function smokeSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`Detour in ${name}`, { timeout: 60_000 }, () => {
    let server: ScenarioServer;
    let browser: DetourBrowser | undefined;

    beforeAll(async () => {
      server = await startScenarioServer(SCENARIOS);
      browser = await launch({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    const detour = () => browser as DetourBrowser; // beforeAll throws when the launch fails

    it('names Cloudflare and blames the origin for a Cloudflare 522, with badge 1', async () => {
      const scenario = scenarioNamed('cloudflare-522');
      const url = server.urlOf(scenario);
      await detour().visit(url);
      await expect.poll(async () => (await detour().report(url)).badgeText, POLL).toBe('1');

      const report = await detour().report(url);
      expect(report.badgeColor).toEqual(BADGE_COLORS.orange);
      expect(report.title).toContain('Cloudflare');
      const page = report.diagnoses.find((entry) => entry.type === 'main_frame');
      expect(page?.host).toBe(scenario.host);
      expect(page?.diagnosis).toMatchObject({
        provider: 'cloudflare',
        failure: 'origin',
        status: 522,
        code: '522',
        pop: 'FRA',
        requestId: '8f2c1a7b9d3e4f50-FRA',
      });

      const popup = await detour().popup(report.tabId);
      expect(popup).toMatch(/server is not answering; Cloudflare is working/);
      expect(popup).toContain('8f2c1a7b9d3e4f50-FRA');
    });

    it('clears the tab when it moves on to a healthy page', async () => {
      const url = server.urlOf(scenarioNamed('healthy'));
      await detour().navigate(url);
      // The badge is redrawn once per beat after the tab changes: wait for both, not the list alone.
      await expect.poll(async () => { const r = await detour().report(url); return [r.diagnoses, r.badgeText]; }, POLL).toEqual([[], '']);
      const report = await detour().report(url);
      expect(await detour().popup(report.tabId)).toContain('No failures seen on this page');
    });

    it('lists a Cloudflare challenge as a block without counting it on the badge', async () => {
      const url = server.urlOf(scenarioNamed('cloudflare-challenge'));
      await detour().visit(url);
      await expect.poll(async () => (await detour().report(url)).diagnoses.length, POLL).toBeGreaterThan(0);
      const report = await detour().report(url);
      expect(report.diagnoses[0]?.diagnosis).toMatchObject({ provider: 'cloudflare', failure: 'block', status: 403 });
      expect(report.badgeText).toBe('');
    });

    it.for(PAGE_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('diagnoses the %s scenario as expected', async ([, scenario]) => {
      const url = server.urlOf(scenario);
      await detour().visit(url);
      // Empty once Detour's verdict, badge and colour all match what the scenario expects.
      await expect.poll(async () => scenarioProblems(scenario.expected, await detour().report(url)), POLL).toEqual([]);
    });
  });
}
