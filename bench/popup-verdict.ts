// The popup's time to verdict with 50,000 failures stored, in real headless Chromium: from the start of
// the popup page's navigation to the next frame after the verdict (#verdict; the first `.diagnoses li` of
// an older popup) is in the page — with Detour's worker running, and with it stopped first (the browser
// stops an idle worker after 30 s, so a popup opened later wakes it). A page that shows a fixed #verdict at
// once, opened in turn, gives the floor on this machine at this moment. Also the history view's list and chart.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { POPUP_PATH, POPUP_SIZE, waitFor } from '../scripts/lib/detour-browser';
import { OFFLINE_SETTINGS, storeSettings } from '../scripts/lib/detour-settings';
import { backgroundAnswers } from '../scripts/lib/in-extension-page';
import { tempDir } from '../scripts/lib/temp-dir';
import { storedFailuresMix } from './stored-failures-mix';

const HOST = 'shop.northwind-bench.com';
const VERDICT = '#verdict, .diagnoses li';

export interface PopupFigures {
  storedFailures: number;
  opens: number;
  /** Which element counted as the verdict. */
  selector: string;
  /** scriptsMs: of that, until the popup's scripts had run (DOMContentLoaded), before it asks the background anything. */
  warm: { medianMs: number; p95Ms: number; scriptsMs: number };
  /** The same for a page that shows a fixed #verdict at once (an extension of nothing else, opened in turn with
   * Detour's): the browser's own cost of opening an extension page on this machine, under its current load. */
  floor: { medianMs: number; p95Ms: number };
  coldWorker: { medianMs: number; p95Ms: number; scriptsMs: number };
  /** From the click on #show-history to the list's first page on screen, and to the 24-hour chart. */
  history: { opens: number; list: { medianMs: number; p95Ms: number }; chart: { medianMs: number; p95Ms: number } };
}

/** An extension whose page shows a fixed #verdict as soon as its one module runs; its id from its key. */
function floorExtension(dir: string): { id: string; page: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1.0', key: der.toString('base64') }));
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><main id="app"></main><script type="module" src="popup.js"></script></html>');
  writeFileSync(join(dir, 'popup.js'), "document.getElementById('app').innerHTML = '<h2 id=\"verdict\">floor</h2>';\n");
  return { id, page: `chrome-extension://${id}/popup.html` };
}

/** A Cloudflare 522 for the page itself: the popup's verdict is about it. */
function startSite(): Promise<Server> {
  const server = createServer((_req, res) => {
    res
      .writeHead(522, { server: 'cloudflare', 'cf-ray': '8f2c1a7b9d3e4f50-FRA', 'content-type': 'text/html', 'cache-control': 'no-store' })
      .end('<!doctype html><title>shop.northwind-bench.com | 522: Connection timed out</title><h1>Connection timed out</h1><p>Error code 522</p>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Writes stored-form failures straight into Detour's database (runs in an extension page). */
async function putFailures(records: unknown[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('detour');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('failures', 'readwrite');
      for (const record of records) tx.objectStore('failures').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
    return records.length;
  } finally {
    db.close();
  }
}

/** Installed before the popup's own scripts: notes when the verdict appears, and the frame after. */
function watchForVerdict(selector: string): void {
  const scope = window as unknown as { detourVerdict?: { domMs: number; frameMs?: number; scriptsMs: number; matched: string } };
  new MutationObserver((_, observer) => {
    const found = document.querySelector(selector);
    if (!found) return;
    observer.disconnect();
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const scriptsMs = navigation?.domContentLoadedEventEnd ?? Number.NaN;
    const seen = { domMs: performance.now(), scriptsMs, matched: found.id === 'verdict' ? '#verdict' : '.diagnoses li' };
    scope.detourVerdict = seen;
    requestAnimationFrame(() => (scope.detourVerdict = { ...seen, frameMs: performance.now() }));
  }).observe(document, { childList: true, subtree: true });
}

/** Clicks #show-history and resolves with the ms until the list's first page, and the chart, are on screen. */
function openHistory(): Promise<{ listMs: number; chartMs: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    // No named inner functions: tsx would wrap them in a __name() helper that the page does not have.
    const seen: { list?: number; chart?: number } = {};
    const observer = new MutationObserver(() => {
      if (seen.list === undefined && document.querySelector('#history-list li, .history-empty')) requestAnimationFrame(() => (seen.list = performance.now() - started));
      if (seen.chart === undefined && document.querySelector('#history-chart')) requestAnimationFrame(() => (seen.chart = performance.now() - started));
      if (document.querySelector('#history-chart') && document.querySelector('#history-list li, .history-empty')) {
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ listMs: seen.list ?? Number.NaN, chartMs: seen.chart ?? Number.NaN })));
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    (document.querySelector('#show-history') as HTMLElement).click();
  });
}

async function openPopup(context: BrowserContext, url: string): Promise<{ page: Page; ms: number; scriptsMs: number; matched: string }> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  await page.addInitScript(watchForVerdict, VERDICT);
  await page.goto(url);
  const seen = await waitFor('the verdict', () =>
    page.evaluate(() => {
      const v = (window as unknown as { detourVerdict?: { frameMs?: number; scriptsMs: number; matched: string } }).detourVerdict;
      return v?.frameMs === undefined ? undefined : { ms: v.frameMs, scriptsMs: v.scriptsMs, matched: v.matched };
    }),
  );
  return { page, ...seen };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
const figures = (xs: number[]) => ({ medianMs: round(quantile(xs, 0.5)), p95Ms: round(quantile(xs, 0.95)) });
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function benchPopupVerdict(dist: string, { stored = 50_000, opens = 25 } = {}): Promise<PopupFigures> {
  const site = await startSite();
  const port = (site.address() as AddressInfo).port;
  const profile = tempDir('bench-popup');
  const floorDir = tempDir('bench-floor');
  const floor = floorExtension(floorDir.path);
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: null,
    args: [`--disable-extensions-except=${dist},${floorDir.path}`, `--load-extension=${dist},${floorDir.path}`, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popupUrl = (query: string) => `chrome-extension://${new URL(worker.url()).host}/${POPUP_PATH}${query}`;
    const control = await context.newPage();
    await control.goto(popupUrl('?tabId=-1'));
    await waitFor('the background to answer', () => control.evaluate(backgroundAnswers));
    await control.evaluate(storeSettings, { ...OFFLINE_SETTINGS });

    const records = storedFailuresMix(stored, Date.now());
    for (let i = 0; i < records.length; i += 5_000) await control.evaluate(putFailures, records.slice(i, i + 5_000));

    const shop = await context.newPage();
    await shop.goto(`http://${HOST}:${port}/`).catch(() => {}); // a 522 loads as a page
    const tabId = await waitFor('the failing tab', () =>
      control.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        if (tab?.id === undefined) return undefined;
        const diagnoses: unknown = await chrome.runtime.sendMessage({ type: 'tab-diagnoses', tabId: tab.id });
        return Array.isArray(diagnoses) && diagnoses.length > 0 ? tab.id : undefined;
      }, `http://${HOST}:${port}/`),
    );
    const url = popupUrl(`?tabId=${tabId}`);
    const cdp = await context.newCDPSession(control);

    let matched = '';
    const time = async (into: { ms: number[]; scripts: number[] }, before?: () => Promise<void>) => {
      await before?.();
      const opened = await openPopup(context, url);
      matched = opened.matched;
      await opened.page.close();
      into.ms.push(opened.ms);
      into.scripts.push(opened.scriptsMs);
    };
    const warm = { ms: [] as number[], scripts: [] as number[] };
    const cold = { ms: [] as number[], scripts: [] as number[] };
    const bare: number[] = [];
    await (await context.newPage()).goto(floor.page); // kept open, as Detour's control page is: its process stays up
    for (let i = 0; i < 3; i++) await time({ ms: [], scripts: [] }); // warm the browser's caches of the popup's files
    for (let i = 0; i < opens; i++) {
      await time(warm);
      const opened = await openPopup(context, floor.page);
      bare.push(opened.ms);
      await opened.page.close();
      await time(cold, () => stopWorker(cdp));
    }
    const list: number[] = [];
    const chart: number[] = [];
    for (let i = 0; i < Math.max(10, Math.round(opens / 2)); i++) {
      const { page } = await openPopup(context, url);
      const shown = await page.evaluate(openHistory);
      list.push(shown.listMs);
      chart.push(shown.chartMs);
      await page.close();
    }
    const history = { opens: list.length, list: figures(list), chart: figures(chart) };
    const withScripts = (times: typeof warm) => ({ ...figures(times.ms), scriptsMs: figures(times.scripts).medianMs });
    return { storedFailures: records.length, opens, selector: matched, warm: withScripts(warm), floor: figures(bare), coldWorker: withScripts(cold), history };
  } finally {
    await context.close();
    profile.remove();
    floorDir.remove();
    site.close();
  }
}

/** Stops every service worker (Detour's is the only one) and waits until Chromium says it stopped. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  let stopped = false;
  const onUpdate = ({ versions }: { versions: { runningStatus: string }[] }) => {
    if (versions.some((version) => version.runningStatus === 'stopped')) stopped = true;
  };
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor("Detour's worker to stop", async () => (stopped ? true : undefined), 10_000);
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
  }
}
