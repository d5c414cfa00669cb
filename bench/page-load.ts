// Page-load cost of Detour in real headless Chromium, with the extension, without any, and with do-nothing
// extensions, loaded in turn in the same run: a flood page of 300 images from 4 provider-like hosts answered
// at once on loopback (the listeners' cost at its largest share), and a realistic page (realistic-page.ts:
// 100 subresources from 6 hosts, each answer held 30 ms); plus the worker's heap after 10,000 observed
// responses. Run by `npm run bench` (after the classifier figures) and alone by `npm run bench -- --only page-load`.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumHostRules } from '../scripts/lib/host-mapping';
import { REALISTIC_HOSTS, REALISTIC_LATENCY_MS, REALISTIC_SUBRESOURCES, realisticContentType, realisticHeaders, realisticPageHtml } from './realistic-page';

const HOSTS = ['www.northwind-outfitters.com', 'cdn.fernbank-media.com', 'img.tidewater-tickets.io', 'static.copperleaf-crm.com'];
const PROVIDER_HEADERS: Record<string, string>[] = [
  { server: 'cloudflare', 'cf-ray': '8f2c1a7b9d3e4f50-FRA', 'cf-cache-status': 'HIT' },
  { server: 'AmazonS3', via: '1.1 5d4c2e9a1b3f7e8d0c6a4b2e1f3d5c7a.cloudfront.net (CloudFront)', 'x-cache': 'Hit from cloudfront', 'x-amz-cf-pop': 'FRA56-P5', 'x-amz-cf-id': 'qY0dKJc2xTpF1s9gq7VbN3kL5mR8wZ4hE6uA2iO0pQ1rS3tU5vW7xA==' },
  { 'x-served-by': 'cache-fra-etou8220141-FRA', 'x-cache': 'HIT', 'x-cache-hits': '3', 'x-timer': 'S1763705523.123456,VS0,VE1', via: '1.1 varnish' },
  { server: 'nginx/1.24.0' },
];
const COMMON = { 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff', 'strict-transport-security': 'max-age=31536000', vary: 'Accept-Encoding', date: new Date().toUTCString() };
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082', 'hex');

export interface PageLoadFigures {
  pairs: number;
  withMedianMs: number;
  withoutMedianMs: number;
  medianRatio: number;
  /** The same ratio for an extension whose webRequest listeners do nothing: the browser's own cost of the events. */
  noopListenerRatio: number;
  /** The same without 'extraHeaders' (which Detour needs: without it Chromium's ORB hides a failing cross-origin image's headers). */
  noopWithoutExtraHeadersRatio: number;
  workerHeapMiB?: number;
}

/** The realistic page: each browser's median, the median per-round ratios to no extension, and Detour's own cost. */
export interface RealisticPageLoadFigures {
  rounds: number;
  subresources: number;
  hosts: number;
  latencyMs: number;
  withMedianMs: number;
  noopMedianMs: number;
  withoutMedianMs: number;
  /** Detour / no extension. */
  medianRatio: number;
  /** A do-nothing extension with Detour's listener options / no extension: the browser's cost of the events. */
  noopListenerRatio: number;
  /** Detour's own cost: the median per-round gap between Detour and the do-nothing extension, in ms (with its quartiles, to show the noise) and as a share of that round's load without an extension. */
  ownCostMs: number;
  ownCostQuartilesMs: [number, number];
  ownCostRatio: number;
}

export interface PageLoadResults { flood: PageLoadFigures; realistic: RealisticPageLoadFigures }

function startSite(): Promise<Server> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    const port = (server.address() as AddressInfo).port;
    const provider = realisticHeaders(host);
    if (provider) {
      setTimeout(() => answerRealistic(res, url, port, provider), REALISTIC_LATENCY_MS);
      return;
    }
    const headers = { ...COMMON, ...PROVIDER_HEADERS[Math.max(0, HOSTS.indexOf(host))] };
    if (url.startsWith('/page')) {
      const items = Array.from({ length: 300 }, (_, i) => `<img src="http://${HOSTS[i % HOSTS.length]}:${port}/i/${url}/${i}.png" width="1" height="1">`);
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(`<!doctype html><title>bench</title>${items.join('')}`);
    } else res.writeHead(200, { ...headers, 'content-type': 'image/png' }).end(PNG);
  });
  server.keepAliveTimeout = 2000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function answerRealistic(res: ServerResponse, url: string, port: number, provider: Record<string, string>): void {
  const headers = { ...COMMON, ...provider };
  if (url.startsWith('/real-page')) {
    res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(realisticPageHtml(port, url.slice(1)));
    return;
  }
  const type = realisticContentType(url);
  const body = type === 'text/css' ? 'body{margin:0}h1{font:16px sans-serif}' : type === 'text/javascript' ? 'window.loaded = (window.loaded || 0) + 1;' : PNG;
  res.writeHead(200, { ...headers, 'content-type': type }).end(body);
}

async function launch(dist: string | undefined): Promise<{ context: BrowserContext; done: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'detour-bench-'));
  const args = [
    `--host-resolver-rules=${chromiumHostRules([...HOSTS, ...REALISTIC_HOSTS])}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  ];
  if (dist) args.unshift(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });
  if (dist) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (let i = 0; i < 100 && !(await worker.evaluate(() => chrome.webRequest.onHeadersReceived.hasListeners())); i++) await new Promise((r) => setTimeout(r, 50));
  }
  return { context, done: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
  });
  await page.close();
  return ms;
}

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? Number.NaN;
const median = (xs: number[]): number => quantile(xs, 0.5);

/** The extension worker's JS heap (MiB, used) after it observed at least `responses` responses. */
async function workerHeapMiB(context: BrowserContext, port: number, responses: number): Promise<number | undefined> {
  for (let i = 0; i * 301 < responses; i++) await loadTime(context, `http://${HOSTS[0]}:${port}/page-heap-${i}`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const answer = new Promise<{ usedSize: number } | undefined>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
        if (message.id === 1) resolve(message.result);
      });
      setTimeout(() => resolve(undefined), 10_000);
    });
    // Collect garbage first, so the figure is what Detour keeps, not what it has not freed yet.
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 0, method: 'HeapProfiler.collectGarbage' }) });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    const heap = await answer;
    return heap ? Math.round((heap.usedSize / 1048576) * 100) / 100 : undefined;
  } finally {
    await page.close();
  }
}

/**
 * A minimal extension whose listeners do nothing: the floor of what observing every response costs (with
 * Detour's options, or without 'extraHeaders'). The same three events Detour listens to in Chromium,
 * onResponseStarted included (where Chromium gives the server's address).
 */
function noopExtension(headerOptions: readonly string[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'detour-bench-noop-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'noop', version: '1.0', permissions: ['webRequest'], host_permissions: ['<all_urls>'], background: { service_worker: 'sw.js' } }));
  writeFileSync(join(dir, 'sw.js'), `const all = { urls: ['<all_urls>'] };\nchrome.webRequest.onHeadersReceived.addListener(() => {}, all, ${JSON.stringify(headerOptions)});\nchrome.webRequest.onErrorOccurred.addListener(() => {}, all);\nchrome.webRequest.onResponseStarted.addListener(() => {}, all);\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

type Launched = Awaited<ReturnType<typeof launch>>;

/** Throws unless the page, once loaded, fetched all of its subresources: the figures are for the page they name. */
async function expectSubresources(context: BrowserContext, url: string, count: number): Promise<void> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').length);
  await page.close();
  if (loaded !== count) throw new Error(`${url} loaded ${loaded} subresources, not ${count}`);
}

/** Loads `urlOf(i)` in each browser for each round, rotating which goes first so none always loads on a warmer (or busier) machine. */
async function loadInTurn<Name extends string>(browsers: Record<Name, Launched>, names: readonly Name[], rounds: number, urlOf: (round: number) => string): Promise<Record<Name, number[]>> {
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as Name;
      times[name].push(await loadTime(browsers[name].context, urlOf(i)));
    }
  }
  return times;
}

/** Median of the per-round ratios a[i] / b[i], to 3 decimals. */
const ratio = (a: number[], b: number[]): number => Math.round(median(a.map((ms, i) => ms / (b[i] ?? Number.NaN))) * 1000) / 1000;

function realisticFigures(times: Record<'detour' | 'noop' | 'none', number[]>, rounds: number): RealisticPageLoadFigures {
  const gaps = times.detour.map((ms, i) => ms - (times.noop[i] ?? Number.NaN));
  const tenth = (ms: number) => Math.round(ms * 10) / 10;
  return {
    rounds,
    subresources: REALISTIC_SUBRESOURCES,
    hosts: REALISTIC_HOSTS.length,
    latencyMs: REALISTIC_LATENCY_MS,
    withMedianMs: Math.round(median(times.detour)),
    noopMedianMs: Math.round(median(times.noop)),
    withoutMedianMs: Math.round(median(times.none)),
    medianRatio: ratio(times.detour, times.none),
    noopListenerRatio: ratio(times.noop, times.none),
    ownCostMs: tenth(median(gaps)),
    ownCostQuartilesMs: [tenth(quantile(gaps, 0.25)), tenth(quantile(gaps, 0.75))],
    ownCostRatio: ratio(gaps, times.none),
  };
}

export async function benchPageLoad(dist: string, pairs = 20, realisticRounds = 30): Promise<PageLoadResults> {
  const site = await startSite();
  const port = (site.address() as AddressInfo).port;
  const noop = noopExtension(['responseHeaders', 'extraHeaders']);
  const noopPlain = noopExtension(['responseHeaders']);
  const browsers = { detour: await launch(dist), noop: await launch(noop.dir), noopPlain: await launch(noopPlain.dir), none: await launch(undefined) };
  try {
    const all = Object.keys(browsers) as (keyof typeof browsers)[];
    const sameOptions = ['detour', 'noop', 'none'] as const;
    const floodUrl = (i: number) => `http://${HOSTS[0]}:${port}/page-${i}`;
    const realisticUrl = (i: number) => `http://${REALISTIC_HOSTS[0]}:${port}/real-page-${i}`;
    await loadInTurn(browsers, all, 3, (i) => `http://${HOSTS[0]}:${port}/page-warm-${i}`);
    const times = await loadInTurn(browsers, all, pairs, floodUrl);
    const flood: PageLoadFigures = {
      pairs,
      withMedianMs: Math.round(median(times.detour)),
      withoutMedianMs: Math.round(median(times.none)),
      medianRatio: ratio(times.detour, times.none),
      noopListenerRatio: ratio(times.noop, times.none),
      noopWithoutExtraHeadersRatio: ratio(times.noopPlain, times.none),
    };
    await loadInTurn(browsers, sameOptions, 3, (i) => `http://${REALISTIC_HOSTS[0]}:${port}/real-page-warm-${i}`);
    await expectSubresources(browsers.detour.context, `http://${REALISTIC_HOSTS[0]}:${port}/real-page-check`, REALISTIC_SUBRESOURCES);
    const realistic = realisticFigures(await loadInTurn(browsers, sameOptions, realisticRounds, realisticUrl), realisticRounds);
    const heap = await workerHeapMiB(browsers.detour.context, port, 10_000);
    if (heap !== undefined) flood.workerHeapMiB = heap;
    return { flood, realistic };
  } finally {
    for (const b of Object.values(browsers)) await b.done();
    noop.remove();
    noopPlain.remove();
    site.close();
  }
}
