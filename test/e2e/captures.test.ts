// The tour's leg of real failures, held to the corpus labels in real browsers: each capture is served with
// the status, headers and page its source recorded, on its own host, and Detour's verdict on the tab (from
// the headers, then the page it re-reads) and its badge must match the capture's label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureProblems, captureScenarios } from '../../scripts/lib/capture-scenarios';
import type { DetourBrowser, LaunchOptions } from '../../scripts/lib/detour-browser';
import { launchChromium } from '../../scripts/lib/launch-chromium';
import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { scenarioHosts } from '../../scripts/lib/scenarios';
import { DIST } from './dist-is-fresh';

const POLL = { timeout: 15_000, interval: 150 };
const CAPTURES = captureScenarios();

function capturesSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`real captured failures in ${name}`, { timeout: 60_000 }, () => {
    let server: ScenarioServer;
    let browser: DetourBrowser | undefined;

    beforeAll(async () => {
      server = await startScenarioServer(CAPTURES);
      browser = await launch({ dist: DIST, mapHosts: scenarioHosts(CAPTURES), headless: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    it.for(CAPTURES.map((scenario) => [scenario.capture.id, scenario] as const))('reads %s as its source does', async ([, scenario]) => {
      const detour = browser as DetourBrowser;
      const url = server.urlOf(scenario);
      await detour.visit(url);
      await expect.poll(async () => captureProblems(scenario, await detour.report(url)), POLL).toEqual([]);
    });
  });
}

capturesSuite('Chromium', launchChromium);
capturesSuite('Firefox', launchFirefox);
