// The outage tour: visit each scenario in a browser with Detour, wait until Detour's view of the tab settles,
// and compare it with what the scenario expects.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Diagnosis } from '../../src/core/types';
import { pageDiagnosis, scenarioProblems } from './check-scenario';
import { type DetourBrowser, POPUP_PATH, type TabReport, waitFor } from './detour-browser';
import { popupTextWhenReady } from './in-extension-page';
import type { ScenarioServer } from './scenario-server';
import type { Scenario } from './scenarios';

export interface TourStop {
  scenario: Scenario;
  url: string;
  report?: TabReport;
  page?: Diagnosis;
  /** Differences from the scenario's expectation (empty: Detour got it right). */
  problems: string[];
  screenshot?: string;
  /** The same popup in dark mode. */
  darkScreenshot?: string;
  /** Set when the visit itself failed (the browser, not Detour's verdict). */
  error?: string;
}

export interface TourOptions {
  /** Save popup screenshots per scenario as <dir>/<scenario>.png (light) and <dir>/<scenario>-dark.png. */
  screenshotDir?: string;
  /** Stop waiting once Detour's view has not changed for this long (ms). */
  quietMs?: number;
  /** Never wait longer than this for one scenario (ms). */
  maxWaitMs?: number;
}

export async function tourScenario(browser: DetourBrowser, server: ScenarioServer, scenario: Scenario, options: TourOptions = {}): Promise<TourStop> {
  const url = server.urlOf(scenario);
  try {
    await browser.visit(url);
    const report = await settledReport(browser, url, (current) => scenarioProblems(scenario.expected, current).length === 0, options);
    const stop: TourStop = { scenario, url, report, page: pageDiagnosis(report), problems: scenarioProblems(scenario.expected, report) };
    if (options.screenshotDir) {
      stop.screenshot = join(options.screenshotDir, `${scenario.name}.png`);
      await browser.popup(report.tabId, stop.screenshot);
      stop.darkScreenshot = join(options.screenshotDir, `${scenario.name}-dark.png`);
      await darkPopup(browser, report.tabId, stop.darkScreenshot);
    }
    return stop;
  } catch (error) {
    return { scenario, url, problems: [], error: error instanceof Error ? error.message : String(error) };
  }
}

async function darkPopup(browser: DetourBrowser, tabId: number, path: string): Promise<void> {
  const page = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`, { colorScheme: 'dark' });
  try {
    await waitFor('the dark popup to render', () => page.evaluate(popupTextWhenReady, undefined)).catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body?.innerText ?? '', undefined).catch(() => '(unreadable)');
      throw new Error(`${error instanceof Error ? error.message : String(error)}; it shows: ${JSON.stringify(shown.slice(0, 160))}`);
    });
    await page.screenshot(path);
  } finally {
    await page.setColorScheme('light'); // Firefox's scheme is browser-wide: leave it as the other popups expect
    await page.close();
  }
}

/**
 * Detour's view of the tab once it matches (done), or once it stopped changing for quietMs: failures of
 * subresources keep arriving after the page loaded, and the badge is set a moment after the page commits.
 */
async function settledReport(
  browser: DetourBrowser,
  url: string,
  done: (report: TabReport) => boolean,
  { quietMs = 1500, maxWaitMs = 20_000 }: TourOptions,
): Promise<TabReport> {
  const deadline = Date.now() + maxWaitMs;
  let last = '';
  let lastChange = Date.now();
  for (;;) {
    const report = await browser.report(url);
    const shape = `${report.badgeText}|${report.diagnoses.length}`;
    if (shape !== last) [last, lastChange] = [shape, Date.now()];
    if (done(report) || Date.now() - lastChange >= quietMs || Date.now() >= deadline) return report;
    await sleep(150);
  }
}
