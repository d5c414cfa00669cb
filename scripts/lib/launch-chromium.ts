// Chromium with Detour loaded, driven by playwright-core (shared/docs/browsers.md, Chromium end-to-end).
import { chromium } from 'playwright-core';
import type { DetourBrowser, LaunchOptions } from './detour-browser';
import { POPUP_PATH, POPUP_SIZE, waitFor } from './detour-browser';
import { backgroundAnswers, popupTextWhenReady, readTabReport } from './in-extension-page';
import { requireExecutable } from './require-executable';
import { tempDir } from './temp-dir';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium({ dist, mapHosts, headless }: LaunchOptions): Promise<DetourBrowser> {
  const executablePath = requireExecutable(CHROMIUM_PATH, 'chromium');
  const profile = tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath,
    headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${mapHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const popupUrl = (query: string) => `chrome-extension://${extensionId}/${POPUP_PATH}${query}`;
    // An extension page to run Detour's own API calls from, as the real popup would.
    const control = await context.newPage();
    await control.goto(popupUrl('?tabId=-1'));
    await waitFor('the background to answer', () => control.evaluate(backgroundAnswers));

    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    let lastPage = control;
    return {
      name: 'chromium',
      closed,
      async visit(url) {
        lastPage = await context.newPage();
        await lastPage.goto(url);
      },
      async navigate(url) {
        await lastPage.goto(url);
      },
      report: (url) => waitFor(`a tab showing ${url}`, () => control.evaluate(readTabReport, url)),
      async popup(tabId, screenshotPath) {
        const page = await context.newPage();
        await page.setViewportSize(POPUP_SIZE);
        await page.goto(popupUrl(`?tabId=${tabId}`));
        const text = await waitFor('the popup to render', () => page.evaluate(popupTextWhenReady));
        if (screenshotPath) await page.screenshot({ path: screenshotPath, fullPage: true });
        await page.close();
        return text;
      },
      async close() {
        await context.close();
        profile.remove();
      },
    };
  } catch (error) {
    await context.close();
    profile.remove();
    throw error;
  }
}
