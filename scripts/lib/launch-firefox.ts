// Firefox with Detour installed, driven by puppeteer-core over WebDriver BiDi
// (shared/docs/browsers.md, Firefox end-to-end).
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ColorScheme, DetourBrowser, ExtensionPage, LaunchOptions } from './detour-browser';
import { POPUP_PATH, POPUP_SIZE, isNetworkError, waitFor } from './detour-browser';
import { firefoxHostPrefs } from './host-mapping';
import { OFFLINE_SETTINGS, storeSettings } from './detour-settings';
import { backgroundAnswers, popupTextWhenReady, readTabReport } from './in-extension-page';
import { requireExecutable } from './require-executable';
import { tempDir } from './temp-dir';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox({ dist, mapHosts, headless, firefoxPrefs, settings, httpsProxyPort, privateBrowsing, lang }: LaunchOptions): Promise<DetourBrowser> {
  // Firefox ESR here, as on a fresh CI machine, has en-US only: no language packs, so Detour is English.
  if (lang !== undefined && lang !== 'en') throw new Error(`Firefox has no language pack for ${lang}: run other languages in Chromium`);
  const executablePath = requireExecutable(FIREFOX_PATH, 'firefox-esr');
  const manifest = JSON.parse(await readManifest(dist));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const profile = tempDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    userDataDir: profile.path,
    // The stand-ins' self-signed certificate; Firefox applies this to every request, the extension's too.
    acceptInsecureCerts: httpsProxyPort !== undefined,
    // Needed to open moz-extension:// pages from the driver.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      // A known internal UUID, so the test knows Detour's moz-extension:// origin.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...firefoxHostPrefs(mapHosts),
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...(httpsProxyPort === undefined ? {} : httpsProxyPrefs(httpsProxyPort)),
      ...firefoxPrefs,
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
    if (privateBrowsing === true) await allowInPrivateWindows(browser, geckoId);
    const control = await openExtensionPage('?tabId=-1');
    await waitFor('the background to answer', () => control.evaluate(backgroundAnswers));
    await control.evaluate(storeSettings, { ...OFFLINE_SETTINGS, ...settings });

    const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
    let lastPage = control;
    return {
      name: 'firefox',
      closed,
      async visit(url) {
        lastPage = await browser.newPage();
        await load(lastPage, url);
      },
      navigate: (url) => load(lastPage, url),
      report: (url) => waitFor(`a tab showing ${url}`, () => control.evaluate(readTabReport, url)),
      async popup(tabId, screenshotPath) {
        const page = await openExtensionPage(`?tabId=${tabId}`);
        await page.setViewport(POPUP_SIZE);
        const text = await waitFor('the popup to render', () => page.evaluate(popupTextWhenReady));
        if (screenshotPath) await page.screenshot({ path: screenshotPath as `${string}.png` });
        await page.close();
        return text;
      },
      async openExtensionPage(path, options = {}) {
        if (options.colorScheme) await setColorScheme(browser, options.colorScheme);
        const page = await browser.newPage();
        await page.setViewport(options.viewport ?? POPUP_SIZE);
        const url = `moz-extension://${uuid}/${path}`;
        void page.goto(url).catch(() => {});
        await waitFor(`${url} to open`, async () => ((await page.evaluate(() => location.href)) === url ? true : undefined));
        return extensionPage(browser, page);
      },
      stopBackground: () => terminateBackground(browser, geckoId),
      // puppeteer types the argument as it arrives after serialisation; the interface promises plain data.
      inExtensionPage: <Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg) =>
        control.evaluate(fn as (arg: unknown) => Promise<Result>, arg) as Promise<Result>,
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

/** The manifest of an unpacked build (a directory) or of a packed .xpi. */
async function readManifest(dist: string): Promise<string> {
  if (statSync(dist).isDirectory()) return readFileSync(join(dist, 'manifest.json'), 'utf8');
  const manifest = (await JSZip.loadAsync(readFileSync(dist))).file('manifest.json');
  if (!manifest) throw new Error(`${dist} holds no manifest.json`);
  return manifest.async('string');
}

/** https: through the stand-ins' CONNECT proxy; http: (the scenario pages) stays direct. */
function httpsProxyPrefs(port: number): Record<string, string | number | boolean> {
  return { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'network.proxy.share_proxy_settings': false };
}

function extensionPage(browser: Browser, page: Page): ExtensionPage {
  return {
    evaluate: <Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg) => page.evaluate(fn as (arg: unknown) => Promise<Result>, arg) as Promise<Result>,
    async addScript(source) {
      await page.evaluate(source);
    },
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    async setColorScheme(scheme) {
      await setColorScheme(browser, scheme);
      // The pref reaches the page's process a moment later.
      await waitFor(`prefers-color-scheme: ${scheme}`, async () =>
        (await page.evaluate((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark')) ? true : undefined, 5_000);
    },
    async screenshot(path, { fullPage = false } = {}) {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    close: () => page.close(),
  };
}

/**
 * prefers-color-scheme for every page: Firefox's content override (0 dark, 1 light), set in its privileged
 * window. It is browser-wide, so set it before opening the page whose look matters.
 */
async function setColorScheme(browser: Browser, scheme: ColorScheme): Promise<void> {
  const value = scheme === 'dark' ? 0 : 1;
  await evaluateInChrome(browser, `(async () => { Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value}); return 'set'; })()`);
}

async function load(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    if (!isNetworkError(error)) throw error; // the tab now shows Firefox's error page for url
  }
}

/** The raw WebDriver BiDi connection puppeteer keeps for Firefox (a public getter, missing from its types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Unloads Detour's event page the way about:debugging's "Terminate background script" does: runs
 * Extension.terminateBackground() in Firefox's privileged browser window (BiDi `moz:scope: chrome`, allowed by
 * MOZ_REMOTE_ALLOW_SYSTEM_ACCESS), and resolves once the background state is 'stopped'.
 */
async function terminateBackground(browser: Browser, geckoId: string): Promise<void> {
  const expression = `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
    if (!extension) return 'not installed';
    if (extension.backgroundState === 'stopped') return 'stopped';
    // Events arriving during a burst restart the page at once: wait for the shutdown itself, not a state.
    const stopped = new Promise((resolve) => extension.once('shutdown-background-script', () => resolve('stopped')));
    // As about:debugging does; without these Firefox declines while listeners are still running.
    await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
    const later = new Promise((resolve) => setTimeout(() => resolve(extension.backgroundState), 5000));
    return Promise.race([stopped, later]);
  })()`;
  const answer = await evaluateInChrome(browser, expression);
  const state = answer.result?.value;
  if (answer.type !== 'success' || state !== 'stopped') {
    throw new Error(`stopBackground: Detour's event page did not stop (${answer.exceptionDetails?.text ?? String(state)})`);
  }
}

/** As about:addons' "Run in Private Windows: Allow": the permission, then the add-on restarted with it. */
async function allowInPrivateWindows(browser: Browser, geckoId: string): Promise<void> {
  const expression = `(async () => {
    const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    await ExtensionPermissions.add(${JSON.stringify(geckoId)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
    const addon = await AddonManager.getAddonByID(${JSON.stringify(geckoId)});
    await addon.reload();
    return 'allowed';
  })()`;
  const answer = await evaluateInChrome(browser, expression);
  if (answer.type !== 'success' || answer.result?.value !== 'allowed') {
    throw new Error(`could not allow Detour in private windows (${answer.exceptionDetails?.text ?? JSON.stringify(answer.result)})`);
  }
}

interface ChromeAnswer {
  type: string;
  result?: { value?: unknown };
  exceptionDetails?: { text?: string };
}

/** Evaluates expression in Firefox's privileged browser window (BiDi `moz:scope: chrome`, allowed by MOZ_REMOTE_ALLOW_SYSTEM_ACCESS). */
async function evaluateInChrome(browser: Browser, expression: string): Promise<ChromeAnswer> {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('this puppeteer-core no longer exposes its BiDi connection');
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no privileged browser window to run in');
  return (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result as ChromeAnswer;
}
