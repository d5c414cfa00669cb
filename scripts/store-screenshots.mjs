// npm run screenshots [-- --no-build]
// The stores' 1280×800 screenshots, rendered from the real extension on the outage tour's machinery: Chromium
// (headless) with Detour, the outage simulator's scenarios, and local stand-ins for the archives, resolver,
// gateways and a report collector (nothing leaves this machine). Each view is framed on a neutral background
// with a one-line caption (scripts/lib/store-frame.ts) and written to store/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register(); // lets this plain-Node script import the TypeScript harness shared with the E2E tests

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'store', 'screenshots');
const work = join(root, '.tmp', 'store-screenshots');
const dist = process.env.DETOUR_DIST ?? join(root, 'dist');

const { chromium } = await import('playwright-core');
const { CHROMIUM_PATH, launchChromium } = await import('./lib/launch-chromium');
const { POPUP_PATH, waitFor } = await import('./lib/detour-browser');
const { popupTextWhenReady } = await import('./lib/in-extension-page');
const { storeSettings } = await import('./lib/detour-settings');
const { startScenarioServer } = await import('./lib/scenario-server');
const { startMirrorStandIns } = await import('./lib/mirror-stand-ins');
const { SCENARIOS, scenarioHosts, scenarioNamed } = await import('./lib/scenarios');
const { tourScenario } = await import('./lib/outage-tour');
const { PANEL_MAX, STORE_SIZE, storeFrame } = await import('./lib/store-frame');

/** Failures for the history chart: several providers, both kinds of fault. */
const HISTORY_SCENARIOS = ['cloudflare-522', 'fastly-503', 'vercel-500', 'cloudfront-502', 'elb-502', 's3-slowdown', 'refused'];
const EDGE_SCENARIO = 'cloudflare-500'; // Cloudflare's own edge failed
// The page loads; its images and scripts fail at three providers. Visited first, so that its 200 failures
// come below the other sites' in the history list (newest first).
const PARTS_SCENARIO = 'three-providers';
const SHARED_SCENARIO = 'cloudflare-522'; // its cf-ray on a host Cloudflare served healthily: a shareable report
const POPUP = { width: 380, height: 560 }; // the popup's own width (popup.css)
const OPTIONS = { width: 600, height: 800 }; // two columns of the options page side by side
/**
 * The history chart's earlier hours: the failures the visits recorded, copied to (hours ago, share of them),
 * so the 24-hour chart shows a day's shape rather than one bar in its last hour.
 */
const EARLIER_HOURS = [[1, 0.5], [2, 0.25], [3, 0.5], [4, 1], [5, 0.5], [9, 0.2], [13, 0.1], [17, 0.25], [21, 0.1]];

if (!process.argv.includes('--no-build')) {
  console.log('Building dist/ …');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
mkdirSync(out, { recursive: true });
mkdirSync(work, { recursive: true });

const server = await startScenarioServer(SCENARIOS);
const standIns = await startMirrorStandIns();
const collector = await startCollectorStandIn();
// The Memento stand-in's archive has a made-up name: left out, the popup offers the two archives people know.
const settings = { ...standIns.settings, mementoAggregatorUrl: '' };
const browser = await launchChromium({ dist, mapHosts: scenarioHosts(SCENARIOS), headless: true, httpsProxyPort: standIns.proxyPort, settings });
const framer = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
  const tabs = new Map();
  for (const name of [PARTS_SCENARIO, ...HISTORY_SCENARIOS, EDGE_SCENARIO]) {
    const stop = await tourScenario(browser, server, scenarioNamed(name));
    if (stop.error || !stop.report) throw new Error(`visiting ${name}: ${stop.error ?? 'no report'}`);
    tabs.set(name, stop.report.tabId);
    console.log(`visited ${name} (badge ${stop.report.badgeText || 'none'})`);
  }

  await frame('1-edge-failure.png', 'Who broke the page, who is at fault, and where else to read it', await edgeShot(tabs.get(EDGE_SCENARIO)));
  await frame('2-page-parts.png', "A page's failing parts, grouped by the provider behind them", await partsShot(tabs.get(PARTS_SCENARIO)));
  const copies = await browser.inExtensionPage(backdateFailures, EARLIER_HOURS);
  console.log(`history: ${copies} failures copied to earlier hours for the chart`);
  await frame('3-history.png', 'The failures of the last days, with a 24-hour chart per provider', await historyShot(tabs.get(EDGE_SCENARIO)));
  await frame('4-sharing-preview.png', 'Opt-in sharing: every field of a report, shown before it is sent', await sharingShot(), 'middle');
} catch (error) {
  failed = true;
  console.error(`Could not render the store screenshots: ${error instanceof Error ? error.stack : error}`);
} finally {
  await framer.close();
  await browser.close();
  await Promise.all([server.close(), standIns.close(), new Promise((resolve) => collector.server.close(resolve))]);
}
process.exit(failed ? 1 : 0);

/** The popup on a provider's edge failure, enlarged: the verdict and what to do, and beside it the copies found elsewhere. */
async function edgeShot(tabId) {
  const zoom = 1.3;
  return withPopup(tabId, zoom, async (page) => {
    const image = await shoot(page, 'edge.png', { fullPage: true });
    return [
      { image, width: POPUP.width * zoom, ...(await page.evaluate(regionOf, { to: '.actions', limit: PANEL_MAX.height })) },
      { image, width: POPUP.width * zoom, ...(await page.evaluate(regionOf, { from: '.mirrors-section', to: '.mirrors-section', limit: PANEL_MAX.height })) },
    ];
  });
}

/** The popup on a page whose parts fail, enlarged: its headline, and the failures grouped by provider beside it. */
async function partsShot(tabId) {
  const zoom = 1.35;
  return withPopup(tabId, zoom, async (page) => {
    const image = await shoot(page, 'parts.png', { fullPage: true });
    return [
      { image, width: POPUP.width * zoom, ...(await page.evaluate(regionOf, { to: '#find-mirrors', limit: PANEL_MAX.height })) },
      { image, width: POPUP.width * zoom, ...(await page.evaluate(regionOf, { from: '.others', to: '.others', limit: PANEL_MAX.height })) },
    ];
  });
}

/** The popup's history view, enlarged: the 24-hour chart and filters, and beside them the list of failures. */
async function historyShot(tabId) {
  const zoom = 1.3;
  return withPopup(tabId, zoom, async (page) => {
    await page.click('#show-history');
    await waitFor('the history list and chart', () => page.evaluate(historyDrawn, undefined), 30_000);
    const image = await shoot(page, 'history.png', { fullPage: true });
    return [
      { image, width: POPUP.width * zoom, ...(await page.evaluate(regionOf, { to: '#history-site', limit: PANEL_MAX.height })) },
      { image, width: POPUP.width * zoom, ...(await page.evaluate(regionOf, { from: '.history-list-title', limit: PANEL_MAX.height })) },
    ];
  });
}

/** Opens the popup for a tab at `zoom` times its size (CSS zoom: the text stays sharp), once it has its answers. */
async function withPopup(tabId, zoom, compose) {
  const page = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`, { viewport: { width: Math.round(POPUP.width * zoom), height: POPUP.height } });
  try {
    await waitFor('the popup to render', () => page.evaluate(popupTextWhenReady, undefined), 30_000);
    await page.evaluate((value) => void (document.documentElement.style.zoom = String(value)), zoom);
    return await compose(page);
  } finally {
    await page.close();
  }
}

/**
 * The options page's sharing section with sharing on (towards the collector stand-in) and a failure queued:
 * the table of fields on the left; the switches and the queued report, exactly as it will be sent, on the right.
 */
async function sharingShot() {
  await browser.inExtensionPage(storeSettings, { sharing: true, sharePop: true, shareDomain: false, collectorUrl: collector.url });
  await new Promise((resolve) => setTimeout(resolve, 2_500)); // the background reads the sharing settings every 2 s
  await browser.visit(`${server.urlOf(scenarioNamed(SHARED_SCENARIO))}?again`);
  const page = await browser.openExtensionPage('src/options/index.html', { viewport: OPTIONS });
  try {
    // The page reads the queue when it opens: read it again until the new failure's report is in.
    const deadline = Date.now() + 30_000;
    while (!(await page.evaluate(() => document.querySelector('[data-testid="queued"]') !== null, undefined))) {
      if (Date.now() > deadline) throw new Error('no report was queued on the options page');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await page.evaluate(() => location.reload(), undefined).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const image = await shoot(page, 'sharing.png', { fullPage: true });
    const section = 'section[aria-labelledby="sharing-heading"]';
    return [
      { image, width: OPTIONS.width, ...(await page.evaluate(regionOf, { from: '#sharing-heading', to: `${section} > p:nth-of-type(2)`, limit: PANEL_MAX.height })) },
      { image, width: OPTIONS.width, ...(await page.evaluate(regionOf, { from: `${section} form`, to: '[data-testid="queued"]', limit: PANEL_MAX.height })) },
    ];
  } finally {
    await page.close();
  }
}

/**
 * In a page: the region from `from`'s top to `to`'s bottom (default the whole page), at most `limit` pixels
 * high, cut between two lines of text, never through one.
 */
function regionOf({ from, to, limit, pad = 2 }) {
  const box = (selector) => {
    const element = document.querySelector(selector);
    if (element === null) throw new Error(`nothing matches ${selector}`);
    const rect = element.getBoundingClientRect();
    return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
  };
  const pageHeight = document.documentElement.scrollHeight;
  const top = from === undefined ? 0 : Math.max(0, box(from).top - pad);
  const end = to === undefined ? pageHeight : Math.min(pageHeight, box(to).bottom + pad);
  if (end - top <= limit) return { top, height: end - top };
  const candidates = [...document.querySelectorAll('p, li, h1, h2, h3, h4, tr, pre, button, input, select, label, figcaption, svg, summary, legend, dt, dd')];
  const leaves = candidates.filter((element) => !candidates.some((other) => other !== element && element.contains(other)));
  const boxes = leaves.map((element) => element.getBoundingClientRect()).map((rect) => ({ top: rect.top + scrollY, bottom: rect.bottom + scrollY }));
  const cuts = boxes.map((b) => b.bottom).filter((y) => y > top && y + pad <= top + limit).sort((a, b) => b - a);
  const cut = cuts.find((y) => !boxes.some((b) => b.top < y - 1 && b.bottom > y + 1));
  if (cut === undefined) throw new Error(`no place to cut ${from ?? 'the page'} within ${limit} px`);
  return { top, height: cut + pad - top };
}

/** In the popup: true once the history list has rows and the chart is drawn. */
function historyDrawn() {
  const rows = document.querySelectorAll('#history-list li').length;
  const chart = document.querySelector('#history-chart');
  return rows > 0 && chart !== null && chart.getBoundingClientRect().height > 0 ? true : undefined;
}

/** In an extension page: copies the stored failures to earlier hours ([hours ago, share]); how many it wrote. */
async function backdateFailures(plan) {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('detour'));
  try {
    const all = await request(db.transaction('failures').objectStore('failures').getAll());
    const tx = db.transaction('failures', 'readwrite');
    const failures = tx.objectStore('failures');
    let written = 0;
    for (const [hoursAgo, share] of plan) {
      const every = Math.max(1, Math.round(1 / share));
      all.forEach((record, index) => {
        if (index % every !== hoursAgo % every) return;
        failures.put({ ...record, id: `${record.id}:${hoursAgo}h`, time: record.time - hoursAgo * 3_600_000 });
        written += 1;
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return written;
  } finally {
    db.close();
  }
}

async function shoot(page, name, options) {
  const path = join(work, name);
  await page.screenshot(path, options);
  return readFileSync(path);
}

/** Writes the panels, framed under the caption, to store/screenshots/<name> at 1280×800. */
async function frame(name, caption, panels, align) {
  const page = await framer.newPage({ viewport: STORE_SIZE });
  try {
    await page.setContent(storeFrame(caption, panels, align));
    const captionHeight = await page.evaluate(() => document.querySelector('h1').getBoundingClientRect().height);
    if (captionHeight > 40) throw new Error(`the caption of ${name} takes more than one line: shorten it`);
    const path = join(out, name);
    await page.screenshot({ path });
    console.log(`${relative(root, path)}: ${Math.round(statSync(path).size / 1024)} KB`);
  } finally {
    await page.close();
  }
}

/** A collector on loopback that takes every batch, so the sharing section shows no sending problem. */
async function startCollectorStandIn() {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const stored = request.method === 'POST' ? (JSON.parse(body || '{}').reports?.length ?? 0) : 0;
      const answer = request.url?.startsWith('/v1/outages') ? { k: 1, buckets: [] } : { stored, refused: [] };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://localhost:${server.address().port}` };
}
