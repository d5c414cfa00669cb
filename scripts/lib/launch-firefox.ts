// Firefox with Detour installed, driven by puppeteer-core over WebDriver BiDi
// (shared/docs/browsers.md, Firefox end-to-end).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import type { DetourBrowser, LaunchOptions } from './detour-browser';
import { POPUP_PATH, POPUP_SIZE, waitFor } from './detour-browser';
import { backgroundAnswers, popupTextWhenReady, readTabReport } from './in-extension-page';
import { requireExecutable } from './require-executable';
import { tempDir } from './temp-dir';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox({ dist, headless }: LaunchOptions): Promise<DetourBrowser> {
  const executablePath = requireExecutable(FIREFOX_PATH, 'firefox-esr');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const profile = tempDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    userDataDir: profile.path,
    // Needed to open moz-extension:// pages from the driver.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      // A known internal UUID, so the test knows Detour's moz-extension:// origin.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Every host name resolves to loopback (Firefox has no per-host rule like Chromium's).
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const popupUrl = (query: string) => `moz-extension://${uuid}/${POPUP_PATH}${query}`;

  async function openExtensionPage(query: string): Promise<Page> {
    const page = await browser.newPage();
    const url = popupUrl(query);
    // goto never resolves for moz-extension:// pages over BiDi: start it and poll for the document.
    void page.goto(url).catch(() => {});
    await waitFor(`${url} to open`, async () => ((await page.evaluate(() => location.href)) === url ? true : undefined));
    return page;
  }

  try {
    await browser.installExtension(dist);
    const control = await openExtensionPage('?tabId=-1');
    await waitFor('the background to answer', () => control.evaluate(backgroundAnswers));

    const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
    let lastPage = control;
    return {
      name: 'firefox',
      closed,
      async visit(url) {
        lastPage = await browser.newPage();
        await lastPage.goto(url, { waitUntil: 'load' });
      },
      async navigate(url) {
        await lastPage.goto(url, { waitUntil: 'load' });
      },
      report: (url) => waitFor(`a tab showing ${url}`, () => control.evaluate(readTabReport, url)),
      async popup(tabId, screenshotPath) {
        const page = await openExtensionPage(`?tabId=${tabId}`);
        await page.setViewport(POPUP_SIZE);
        const text = await waitFor('the popup to render', () => page.evaluate(popupTextWhenReady));
        if (screenshotPath) await page.screenshot({ path: screenshotPath as `${string}.png` });
        await page.close();
        return text;
      },
      async close() {
        await browser.close();
        profile.remove();
      },
    };
  } catch (error) {
    await browser.close();
    profile.remove();
    throw error;
  }
}
