// The popup in each of Detour's languages, in Chromium with its UI in that language (Firefox here has English
// only: launch-firefox.ts). Opened on a provider's edge failure and on a page whose parts fail, the popup must
// speak the language (its headline is the language's own message with the scenario's names filled in, read
// from the build's _locales), show no raw message (__MSG_…, $1), and have nothing cut or spilling sideways.
// One browser per language: Chromium picks the extension's language once, at launch.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutText } from '../../scripts/lib/cut-text';
import { POPUP_PATH, type DetourBrowser, type ExtensionPage, waitFor } from '../../scripts/lib/detour-browser';
import { popupTextWhenReady } from '../../scripts/lib/in-extension-page';
import { launchChromium } from '../../scripts/lib/launch-chromium';
import { LOCALE_VIEWS, hasFontFor } from '../../scripts/lib/locale-scenarios';
import { type MirrorStandIns, startMirrorStandIns } from '../../scripts/lib/mirror-stand-ins';
import { tourScenario } from '../../scripts/lib/outage-tour';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { SCENARIOS, scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { DIST, ROOT } from './dist-is-fresh';
import { historyState, leftovers } from './popup-pages';

/** Every language Detour is translated into (a folder of src/locales), English first. */
const LOCALES = ['en', ...readdirSync(join(ROOT, 'src', 'locales')).filter((lang) => lang !== 'en').sort()];
const POPUP = { width: 380, height: 600 }; // the popup's own width (popup.css): wider would hide what spills

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A message as chrome.i18n gives it: named placeholders ($P1$) by their content, then $1…$9 by the substitutions. */
function fill(catalog: Catalog, key: string, ...substitutions: string[]): string {
  const entry = catalog[key];
  if (entry === undefined) throw new Error(`no message ${key}`);
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => placeholders[name.toLowerCase()] ?? '')
    .replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

const edge = scenarioNamed(LOCALE_VIEWS['edge-failure']);
const parts = scenarioNamed(LOCALE_VIEWS['page-parts']);
const partsLead = parts.expected.resources?.find((resource) => resource.provider === 'aws' && resource.failure === 'edge');
/** What each scenario's headline says, in a language: Cloudflare's edge failing; a page whose S3 parts fail. */
const HEADLINES: Record<string, (catalog: Catalog) => string> = {
  [edge.name]: (catalog) => fill(catalog, 'popupHeadlineEdge', 'Cloudflare', edge.host),
  [parts.name]: (catalog) => fill(catalog, 'popupHeadlineParts', parts.host, fill(catalog, 'popupHeadlineEdgeServicePart', 'AWS S3', partsLead?.host ?? '?')),
};

interface Shown {
  lang: string;
  headline: string;
  historyButton: string;
  /** The page's text and every attribute a person can meet (title, aria-label, placeholder, alt). */
  words: string;
  cut: string[];
}

/** In the popup: what it shows, with its disclosures ("Why Detour thinks so") open. */
function shown(): Omit<Shown, 'cut'> {
  document.querySelectorAll('details').forEach((details) => (details.open = true));
  const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
    ['title', 'aria-label', 'placeholder', 'alt'].map((name) => element.getAttribute(name)).filter((value): value is string => value !== null),
  );
  return {
    lang: document.documentElement.lang,
    headline: document.querySelector('#verdict')?.textContent?.trim() ?? '',
    historyButton: document.querySelector('#show-history')?.textContent?.trim() ?? '',
    words: [document.title, document.body.innerText, ...attributes].join('\n'),
  };
}

describe('the popup in every language (Chromium)', () => {
  let server: ScenarioServer;
  let standIns: MirrorStandIns;

  beforeAll(async () => {
    server = await startScenarioServer(SCENARIOS);
    standIns = await startMirrorStandIns(); // the mirror list's words are shown and checked too
  }, 30_000);

  afterAll(async () => {
    await server?.close();
    await standIns?.close();
  }, 30_000);

  it("has a font for each language's letters, without which what fits cannot be measured", () => {
    expect(LOCALES.filter((lang) => !hasFontFor(lang)), 'languages no installed font writes (Debian: apt-get install fonts-noto-cjk)').toEqual([]);
  });

  it('has each headline differ from English in every other language, so that matching it proves the language', () => {
    const english = catalogOf('en');
    for (const lang of LOCALES.filter((code) => code !== 'en')) {
      for (const [scenario, headline] of Object.entries(HEADLINES)) expect(headline(catalogOf(lang)), `${lang}, ${scenario}`).not.toBe(headline(english));
    }
  });

  for (const lang of LOCALES) {
    describe(lang, { timeout: 60_000 }, () => {
      let browser: DetourBrowser | undefined;
      const catalog = catalogOf(lang);
      const tabs = new Map<string, number>(); // scenario name → its tab, visited once

      beforeAll(async () => {
        browser = await launchChromium({ dist: DIST, lang, mapHosts: scenarioHosts(SCENARIOS), headless: true, httpsProxyPort: standIns.proxyPort, settings: standIns.settings });
      }, 60_000);

      afterAll(async () => {
        await browser?.close();
      }, 30_000);

      for (const scenario of [edge, parts]) {
        it(`speaks ${lang} on ${scenario.name}${scenario === edge ? ' and in the history view' : ''}, with nothing raw, cut or spilling`, async () => {
          const page = await popupOn(browser as DetourBrowser, scenario.name); // beforeAll throws when the launch fails
          try {
            const popup: Shown = { ...(await page.evaluate(shown, undefined)), cut: await page.evaluate(cutText, undefined) };
            expect(popup.lang, 'the page language (chrome.i18n.getUILanguage)').toBe(lang.replace('_', '-'));
            expect(popup.headline).toBe(HEADLINES[scenario.name]?.(catalog));
            expect(popup.historyButton).toBe(fill(catalog, 'popupShowHistory'));
            expect(leftovers(popup.words), 'raw messages or placeholders').toEqual([]);
            expect(popup.cut, 'cut or spilling').toEqual([]);
            if (scenario === edge) {
              // The history view, whose filters' labels and placeholder sit side by side in a narrow grid.
              await page.click('#show-history');
              await waitFor('the history view', () => page.evaluate(historyState, undefined), 20_000);
              const history = await page.evaluate(shown, undefined);
              expect(leftovers(history.words), 'raw messages or placeholders in the history view').toEqual([]);
              expect(await page.evaluate(cutText, undefined), 'cut or spilling in the history view').toEqual([]);
            }
          } finally {
            await page.close();
          }
        });
      }

      if (lang === 'en') {
        it('names what is cut when something is: a sideways scroll, a clipped label, text out of its box, a long placeholder', async () => {
          const page = await popupOn(browser as DetourBrowser, edge.name);
          try {
            expect(await page.evaluate(cutText, undefined)).toEqual([]);
            await page.evaluate(() => {
              const verdict = document.querySelector('#verdict');
              verdict?.insertAdjacentHTML(
                'afterend',
                `<p id="too-wide" style="width: 500px">wide</p>
                 <p id="clipped" style="overflow: hidden; white-space: nowrap; width: 60px">a label longer than its sixty pixels</p>
                 <button id="spills" style="white-space: nowrap; width: 50px">a button label that runs out</button>
                 <input id="short-field" style="width: 60px" placeholder="a placeholder longer than the field">`,
              );
            }, undefined);
            const cut = (await page.evaluate(cutText, undefined)).join('\n');
            expect(cut).toMatch(/the page scrolls sideways/);
            expect(cut).toMatch(/p#too-wide "wide" reaches past the page/);
            expect(cut).toMatch(/p#clipped .* cuts its content/);
            expect(cut).toMatch(/button#spills .*: its words run \d+px out of its box/);
            expect(cut).toMatch(/input#short-field: its placeholder .* needs \d+px/);
          } finally {
            await page.close();
          }
        });
      }

      /** The popup on the scenario's tab, at the popup's own size, once it has its answers. */
      async function popupOn(detour: DetourBrowser, name: string): Promise<ExtensionPage> {
        const page = await detour.openExtensionPage(`${POPUP_PATH}?tabId=${await tabFor(detour, name)}`, { viewport: POPUP });
        await waitFor('the popup to render', () => page.evaluate(popupTextWhenReady, undefined), 20_000);
        return page;
      }

      async function tabFor(detour: DetourBrowser, name: string): Promise<number> {
        const known = tabs.get(name);
        if (known !== undefined) return known;
        const stop = await tourScenario(detour, server, scenarioNamed(name), { quietMs: 2000, maxWaitMs: 30_000 });
        if (stop.error !== undefined || stop.report === undefined) throw new Error(`visiting ${name}: ${stop.error ?? 'no report'}`);
        expect(stop.problems, `Detour's verdict on ${name}`).toEqual([]);
        tabs.set(name, stop.report.tabId);
        return stop.report.tabId;
      }
    });
  }
});

function catalogOf(lang: string): Catalog {
  return JSON.parse(readFileSync(join(DIST, '_locales', lang, 'messages.json'), 'utf8')) as Catalog;
}
