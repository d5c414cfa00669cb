// The end-to-end smoke test, run once per browser: real pages from a local server with provider-like
// headers, Detour loaded from dist/, and what its badge and background say about each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser, LaunchOptions } from '../../scripts/lib/detour-browser';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { SCENARIOS, scenarioNamed } from '../../scripts/lib/scenarios';
import { DIST } from './dist-is-fresh';

const ORANGE = [227, 116, 0, 255];
const POLL = { timeout: 10_000, interval: 100 };

export function smokeSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`Detour in ${name}`, { timeout: 60_000 }, () => {
    let server: ScenarioServer;
    let browser: DetourBrowser | undefined;

    beforeAll(async () => {
      server = await startScenarioServer(SCENARIOS);
      browser = await launch({ dist: DIST, mapHosts: ['*.example'], headless: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    const detour = () => browser as DetourBrowser; // beforeAll throws when the launch fails

    it('names Cloudflare and blames the origin for a Cloudflare 522, with badge 1', async () => {
      const url = server.urlOf(scenarioNamed('cloudflare-522'));
      await detour().visit(url);
      await expect.poll(async () => (await detour().report(url)).badgeText, POLL).toBe('1');

      const report = await detour().report(url);
      expect(report.badgeColor).toEqual(ORANGE);
      expect(report.title).toContain('cloudflare');
      const page = report.diagnoses.find((entry) => entry.type === 'main_frame');
      expect(page?.host).toBe('shop.example');
      expect(page?.diagnosis).toMatchObject({
        provider: 'cloudflare',
        failure: 'origin',
        status: 522,
        code: '522',
        pop: 'FRA',
        requestId: '8f2c1a7b9d3e4f50-FRA',
      });

      const popup = await detour().popup(report.tabId);
      expect(popup).toContain('cloudflare');
      expect(popup).toContain('8f2c1a7b9d3e4f50-FRA');
    });

    it('clears the tab when it moves on to a healthy page', async () => {
      const url = server.urlOf(scenarioNamed('healthy'));
      await detour().navigate(url);
      await expect.poll(async () => (await detour().report(url)).diagnoses, POLL).toEqual([]);
      const report = await detour().report(url);
      expect(report.badgeText).toBe('');
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
  });
}
