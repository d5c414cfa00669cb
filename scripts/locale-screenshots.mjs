// npm run screenshots:locales [-- --no-build] [-- --only de,ja]
// The popup in each of Detour's languages, to look at before a release: for every _locales folder, Chromium
// (headless) with its UI in that language and Detour loaded, the outage simulator's scenarios and local
// stand-ins for the archives, resolver and gateways (nothing leaves this machine). Writes
// .tmp/screenshots/locales/<locale>-<view>.png, each the whole popup at its own width, and prints what is
// cut or spills out of it (scripts/lib/cut-text.ts); the history view as its first and its last screen
// (<locale>-history.png, <locale>-history-end.png), the list being long. Japanese and Chinese need a CJK font
// on the machine (Debian: fonts-noto-cjk), else their words show as boxes. Firefox is left out: it has no
// language pack here.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register(); // lets this plain-Node script import the TypeScript harness shared with the E2E tests

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp', 'screenshots', 'locales');
const dist = process.env.DETOUR_DIST ?? join(root, 'dist');

const { launchChromium } = await import('./lib/launch-chromium');
const { POPUP_PATH, waitFor } = await import('./lib/detour-browser');
const { popupTextWhenReady } = await import('./lib/in-extension-page');
const { startScenarioServer } = await import('./lib/scenario-server');
const { startMirrorStandIns } = await import('./lib/mirror-stand-ins');
const { SCENARIOS, scenarioHosts, scenarioNamed } = await import('./lib/scenarios');
const { tourScenario } = await import('./lib/outage-tour');
const { LOCALE_VIEWS, LONG_HOST_ORIGIN, hasFontFor, localesOf } = await import('./lib/locale-scenarios');
const { cutText } = await import('./lib/cut-text');

const POPUP = { width: 380, height: 600 }; // the popup's own width (popup.css) and the most height a browser gives it
const scenarios = [...SCENARIOS, LONG_HOST_ORIGIN];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]?.split(',') : undefined;

if (!process.argv.includes('--no-build')) {
  console.log('Building dist/ …');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
mkdirSync(out, { recursive: true });

const server = await startScenarioServer(scenarios);
const standIns = await startMirrorStandIns();
// The Memento stand-in's archive has a made-up name: left out, the popup offers the two archives people know.
const settings = { ...standIns.settings, mementoAggregatorUrl: '' };
let failed = false;
try {
  for (const lang of localesOf(dist).filter((locale) => only === undefined || only.includes(locale))) {
    if (!hasFontFor(lang)) console.warn(`${lang}: no font on this machine has its letters: its words show as boxes (Debian: fonts-noto-cjk)`);
    const cuts = await shootLocale(lang);
    for (const [view, problems] of cuts) console.log(`${lang} ${view}: ${problems.length === 0 ? 'nothing cut' : `\n  ${problems.join('\n  ')}`}`);
    failed ||= cuts.some(([, problems]) => problems.length > 0);
  }
} catch (error) {
  failed = true;
  console.error(`Could not render the locale screenshots: ${error instanceof Error ? error.stack : error}`);
} finally {
  await Promise.all([server.close(), standIns.close()]);
}
process.exit(failed ? 1 : 0);

/** One browser in `lang`: each view's scenario visited once, then every view shot; [view, what is cut] per view. */
async function shootLocale(lang) {
  const browser = await launchChromium({ dist, lang, mapHosts: scenarioHosts(scenarios), headless: true, httpsProxyPort: standIns.proxyPort, settings });
  try {
    const tabs = new Map();
    for (const name of new Set(Object.values(LOCALE_VIEWS))) {
      const scenario = name === LONG_HOST_ORIGIN.name ? LONG_HOST_ORIGIN : scenarioNamed(name);
      const stop = await tourScenario(browser, server, scenario);
      if (stop.error || !stop.report) throw new Error(`${lang}: visiting ${name}: ${stop.error ?? 'no report'}`);
      tabs.set(name, stop.report.tabId);
    }
    const cuts = [];
    for (const [view, name] of Object.entries(LOCALE_VIEWS)) cuts.push([view, await shoot(browser, tabs.get(name), `${lang}-${view}.png`, view === 'history')]);
    return cuts;
  } finally {
    await browser.close();
  }
}

/** The popup for a tab (its history view when asked), saved whole; what is cut in it. */
async function shoot(browser, tabId, name, history) {
  const page = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`, { viewport: POPUP });
  try {
    await waitFor('the popup to render', () => page.evaluate(popupTextWhenReady, undefined), 30_000);
    if (history) {
      await page.click('#show-history');
      await waitFor('the history list and chart', () => page.evaluate(historyDrawn, undefined), 30_000);
    }
    // "Why Detour thinks so" and other disclosures open: their words must fit too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)), undefined);
    await save(page, name, { fullPage: !history });
    if (history) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
      await save(page, name.replace(/\.png$/, '-end.png'));
    }
    return await page.evaluate(cutText, undefined);
  } finally {
    await page.close();
  }
}

async function save(page, name, options) {
  const path = join(out, name);
  await page.screenshot(path, options);
  console.log(relative(root, path));
}

/** In the popup: true once the history list has rows and the chart is drawn. */
function historyDrawn() {
  const rows = document.querySelectorAll('#history-list li').length;
  const chart = document.querySelector('#history-chart');
  return rows > 0 && chart !== null && chart.getBoundingClientRect().height > 0 ? true : undefined;
}
