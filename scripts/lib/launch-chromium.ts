// Chromium with Detour loaded, driven by playwright-core (shared/docs/browsers.md, Chromium end-to-end).
import { type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import type { DetourBrowser, ExtensionPage, ExtensionPageOptions, LaunchOptions } from './detour-browser';
import { POPUP_PATH, POPUP_SIZE, isNetworkError, waitFor } from './detour-browser';
import { chromiumHostRules } from './host-mapping';
import { OFFLINE_SETTINGS, storeSettings } from './detour-settings';
import { backgroundAnswers, popupTextWhenReady, readTabReport } from './in-extension-page';
import { requireExecutable } from './require-executable';
import { tempDir } from './temp-dir';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium({ dist, mapHosts, headless, settings, httpsProxyPort, lang }: LaunchOptions): Promise<DetourBrowser> {
  const executablePath = requireExecutable(CHROMIUM_PATH, 'chromium');
  const profile = tempDir('chromium');
  const language = lang === undefined ? undefined : uiLanguageOf(lang);
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath,
    headless,
    viewport: null,
    // navigator.language and chrome.i18n.getUILanguage() in every page: see uiLanguageOf.
    ...(language === undefined ? {} : { locale: language }),
    ignoreHTTPSErrors: httpsProxyPort !== undefined,
    args: [
      ...(language === undefined ? [] : [`--lang=${language}`]),
      // https: only, through the stand-ins' proxy; the self-signed certificate is accepted for the
      // extension's own fetches too, not only for pages.
      ...(httpsProxyPort === undefined ? [] : [`--proxy-server=https=127.0.0.1:${httpsProxyPort}`, '--ignore-certificate-errors']),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${chromiumHostRules(mapHosts)}`,
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
    // URL.origin is "null" for chrome-extension: URLs in Node.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const popupUrl = (query: string) => `${extensionOrigin}/${POPUP_PATH}${query}`;
    // An extension page to run Detour's own API calls from, as the real popup would.
    const control = await context.newPage();
    await control.goto(popupUrl('?tabId=-1'));
    await waitFor('the background to answer', () => control.evaluate(backgroundAnswers));
    await control.evaluate(storeSettings, { ...OFFLINE_SETTINGS, ...settings });

    const workers = serviceWorkerControl(context, control, extensionOrigin);
    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    let lastPage = control;
    return {
      name: 'chromium',
      closed,
      async visit(url) {
        lastPage = await context.newPage();
        await load(lastPage, url);
      },
      navigate: (url) => load(lastPage, url),
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
      async openExtensionPage(path, options) {
        const page = await context.newPage();
        return extensionPage(page, `${extensionOrigin}/${path}`, options);
      },
      stopBackground: () => workers.stop(),
      // Playwright types the argument as it arrives after serialisation; the interface promises plain data.
      inExtensionPage: <Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg) =>
        control.evaluate(fn as (arg: unknown) => Result | Promise<Result>, arg),
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

/**
 * Chromium's language code for a _locales folder name (`pt_BR` → `pt-BR`). Measured with Debian's Chromium
 * 156, which carries en-US.pak only: `--lang` alone makes chrome.i18n.getMessage answer from
 * _locales/<lang>, but getUILanguage() stays en-US (the browser's own locale needs its .pak); LANGUAGE, LANG
 * and LC_ALL change neither. Playwright's `locale` makes getUILanguage() and navigator.language agree (it
 * emulates them per page) but not the messages. Both together give what a browser in that language shows:
 * the words and the dates and numbers Detour formats with Intl.
 */
function uiLanguageOf(lang: string): string {
  return lang.replace('_', '-');
}

async function extensionPage(page: Page, url: string, { viewport = POPUP_SIZE, colorScheme }: ExtensionPageOptions = {}): Promise<ExtensionPage> {
  await page.setViewportSize(viewport);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  await page.goto(url);
  return {
    evaluate: <Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg) => page.evaluate(fn as (arg: unknown) => Result | Promise<Result>, arg),
    async addScript(source) {
      await page.evaluate(source);
    },
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    async screenshot(path, { fullPage = false } = {}) {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  };
}

async function load(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url);
  } catch (error) {
    if (!isNetworkError(error)) throw error; // the tab now shows Chromium's error page for url
  }
}

/** Stops the extension's service worker through CDP and waits until Chromium reports it stopped. */
function serviceWorkerControl(context: BrowserContext, control: Page, extensionOrigin: string) {
  let session: Promise<CDPSession> | undefined;
  let status = 'unknown';
  // Set by each 'stopped' report: during a burst of requests the worker restarts at once, so its current
  // status alone cannot tell whether it went down.
  let stops = 0;
  const connect = async () => {
    // A session on the extension's own page sees the service workers of the extension's storage partition.
    const cdp = await context.newCDPSession(control);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (!version.scriptURL.startsWith(`${extensionOrigin}/`)) continue;
        if (version.runningStatus === 'stopped' && status !== 'stopped') stops += 1;
        status = version.runningStatus;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await waitFor("Chromium to report Detour's service worker", async () => (status === 'unknown' ? undefined : true), 5_000);
    return cdp;
  };
  return {
    async stop(): Promise<void> {
      session ??= connect();
      const cdp = await session;
      if (status === 'stopped') return;
      const before = stops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor("Detour's service worker to stop", async () => (stops > before ? true : undefined), 10_000);
    },
  };
}
