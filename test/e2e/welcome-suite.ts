// The welcome page end to end, run once per browser: the fresh install opened it by itself; it shows the badge
// legend in the badge's own colours, what is kept and what is sent, and its link opens the options page;
// axe-core light and dark.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_COLORS, type DetourBrowser, type ExtensionPage, type LaunchOptions } from '../../scripts/lib/detour-browser';
import { SCENARIOS, scenarioHosts } from '../../scripts/lib/scenarios';
import { WELCOME_PATH } from '../../src/background/open-welcome-on-install';
import { expectCleanPage } from './axe-check';
import { DIST, ROOT } from './dist-is-fresh';
import { tabUrls } from './popup-pages';
import { optionsPageText } from './sharing-pages';
import { welcomeState } from './welcome-pages';

const POLL = { timeout: 15_000, interval: 150 };
const VIEWPORT = { width: 900, height: 1200 };
const rgb = (rgba: readonly number[]) => rgba.slice(0, 3).join(',');

export function welcomeSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`the welcome page in ${name}`, { timeout: 60_000 }, () => {
    let browser: DetourBrowser | undefined;
    const shots = join(ROOT, '.tmp', 'screenshots', name.toLowerCase());

    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      browser = await launch({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    }, 60_000);

    const detour = () => browser as DetourBrowser;

    async function openWelcome(colorScheme: 'light' | 'dark' = 'light'): Promise<ExtensionPage> {
      const page = await detour().openExtensionPage(WELCOME_PATH, { viewport: VIEWPORT, colorScheme });
      await expect.poll(() => page.evaluate(welcomeState, undefined), POLL).toBeDefined();
      return page;
    }

    it('was opened in a tab by the install itself', async () => {
      await expect.poll(async () => (await detour().inExtensionPage(tabUrls, undefined)).filter((url) => url.endsWith(`/${WELCOME_PATH}`)).length, POLL).toBe(1);
    });

    it('explains the badge in its own colours, what is kept and what is sent, and links to the options page', async () => {
      const page = await openWelcome();
      try {
        const state = await page.evaluate(welcomeState, undefined);
        expect(state?.legend.map(({ kind, text, color }) => ({ kind, text, color }))).toEqual([
          { kind: 'edge', text: '2', color: rgb(BADGE_COLORS.red) },
          { kind: 'origin', text: '1', color: rgb(BADGE_COLORS.orange) },
          { kind: 'incident', text: '!', color: rgb(BADGE_COLORS.red) },
          { kind: 'none', text: '', color: expect.any(String) },
        ]);
        const words = Object.fromEntries(state?.legend.map(({ kind, words }) => [kind, words]) ?? []);
        expect(words.edge).toMatch(/^Red number: a provider's own network failed/);
        expect(words.origin).toMatch(/^Orange number: only the sites' own servers failed/);
        expect(words.incident).toMatch(/^Red “!”: a provider is failing across several sites/);
        expect(words.none).toMatch(/^No badge/);
        expect(state?.text).toMatch(/for 7 days, and at most 50,000 of them \(by default\), in this browser only/);
        expect(state?.text).toMatch(/unless you turn on anonymous report sharing/);
        expect(state?.optionsLink).toEqual({ text: 'Open the options', href: expect.stringMatching(/\/src\/options\/index\.html$/) });

        // The keyboard reaches the link, and Enter on it opens the options page.
        await page.evaluate(() => document.querySelector<HTMLElement>('a#open-options')?.focus(), undefined);
        await page.press('Enter');
        await expect.poll(() => detour().inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Detour options/);
      } finally {
        await page.close();
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no serious axe-core violations (${scheme})`, async () => {
        const page = await openWelcome(scheme);
        try {
          await page.screenshot(join(shots, `welcome-${scheme}.png`), { fullPage: true });
          await expectCleanPage(page, 'welcome', scheme);
        } finally {
          await page.close();
        }
      });
    }
  });
}
