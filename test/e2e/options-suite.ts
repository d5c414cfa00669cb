// The options page end to end, run once per browser: repaired values shown, the gateway list edited
// with real clicks and keys (add, refuse an http: gateway, move), each edit saving itself, "Test now" against the
// mirror stand-ins (one gateway answers the checker's CID, one never answers), a switch and a number saving
// themselves (or refused beside the field), axe-core light and dark.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser, ExtensionPage, LaunchOptions } from '../../scripts/lib/detour-browser';
import { storeSettings } from '../../scripts/lib/detour-settings';
import { type MirrorStandIns, STAND_IN_HOSTS, startMirrorStandIns } from '../../scripts/lib/mirror-stand-ins';
import { SCENARIOS, scenarioHosts } from '../../scripts/lib/scenarios';
import { expectCleanPage } from './axe-check';
import { DIST, ROOT } from './dist-is-fresh';
import { gatewayResults, markSavesSeen, newSaveWords, optionsState, typeInto } from './options-pages';
import { storedSettings } from './sharing-pages';

const POLL = { timeout: 15_000, interval: 150 };
const OPTIONS_PATH = 'src/options/index.html';
const VIEWPORT = { width: 900, height: 1400 };
const SECTIONS = ['#retention', '#archives', '#gateways', '#doh', '#mirrors-settings', '#notifications', '#history-data'];
const GOOD = `https://${STAND_IN_HOSTS.gateway}`;
const STUCK = `https://${STAND_IN_HOSTS.silentGateway}`;

export function optionsSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`the options page in ${name}`, { timeout: 60_000 }, () => {
    let standIns: MirrorStandIns;
    let browser: DetourBrowser | undefined;
    const shots = join(ROOT, '.tmp', 'screenshots', name.toLowerCase());

    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      standIns = await startMirrorStandIns();
      const settings = { ...standIns.settings, gateways: [GOOD] };
      browser = await launch({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true, httpsProxyPort: standIns.proxyPort, settings });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await standIns?.close();
    }, 60_000);

    const detour = () => browser as DetourBrowser;

    async function openOptions(colorScheme: 'light' | 'dark' = 'light'): Promise<ExtensionPage> {
      const page = await detour().openExtensionPage(OPTIONS_PATH, { viewport: VIEWPORT, colorScheme });
      await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.missing, POLL).toEqual([]);
      return page;
    }

    it('shows every section, and says which stored values it repaired', async () => {
      const valid = await detour().inExtensionPage(storedSettings, undefined);
      await detour().inExtensionPage(storeSettings, { retentionDays: 0, dohResolverUrl: 'ftp://resolver.example/dns-query', mirrorTimeoutMs: 'soon', gateways: [GOOD, 'http://plain.stand-in-gateway.net'] });
      const page = await openOptions();
      try {
        const state = await page.evaluate(optionsState, SECTIONS);
        expect(state?.repaired.join('\n')).toMatch(/retentionDays/);
        expect(state?.repaired.join('\n')).toMatch(/dohResolverUrl/);
        expect(state?.repaired.join('\n')).toMatch(/mirrorTimeoutMs/);
        expect(state?.repaired.join('\n')).toMatch(/http:\/\/plain\.stand-in-gateway\.net/);
        expect(state?.gateways).toEqual([GOOD]); // the bad entry left out, the good one kept
      } finally {
        await page.close();
        await detour().inExtensionPage(storeSettings, valid as Record<string, unknown>);
      }
    });

    it('adds, refuses and reorders IPFS gateways, each change saving itself, and tests them against the stand-ins', async () => {
      const page = await openOptions();
      const storedGateways = async () => ((await detour().inExtensionPage(storedSettings, undefined)) as { gateways?: string[] }).gateways;
      try {
        // An http: gateway is refused next to its field, and not added.
        await typeInto(page, '#gateway-new', 'http://plain.stand-in-gateway.net');
        await page.click('#gateway-add');
        await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.fieldErrors['gateway-new'] ?? '', POLL).not.toBe('');
        expect((await page.evaluate(optionsState, SECTIONS))?.gateways).toEqual([GOOD]);
        // Nothing refused is stored.
        expect(await storedGateways()).toEqual([GOOD]);

        // A path is refused too: a gateway is an origin.
        await typeInto(page, '#gateway-new', `${STUCK}/ipfs/`);
        await page.click('#gateway-add');
        await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.fieldErrors['gateway-new'] ?? '', POLL).not.toBe('');
        // Added with Enter, and stored; then moved to the top with its Up button, and stored so.
        await typeInto(page, '#gateway-new', `${STUCK}/`);
        await markSavesSeen(page);
        await page.press('Enter');
        await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.gateways, POLL).toEqual([GOOD, STUCK]);
        expect(await newSaveWords(page, '#gateways-status')).toBe('Saved.');
        expect(await storedGateways()).toEqual([GOOD, STUCK]);
        await markSavesSeen(page);
        await page.click('#gateway-up-1');
        await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.gateways, POLL).toEqual([STUCK, GOOD]);
        expect(await newSaveWords(page, '#gateways-status')).toBe('Saved.');
        expect(await storedGateways()).toEqual([STUCK, GOOD]);

        // Test now: the stand-in gateway serves the checker's CID; the stuck one times out (2 s in these settings).
        await page.click('#gateways-test');
        await expect
          .poll(async () => {
            const results = await page.evaluate(gatewayResults, undefined);
            return results[GOOD]?.problem === false && results[STUCK]?.problem === true;
          }, { ...POLL, timeout: 20_000 })
          .toBe(true);
        expect(standIns.requests.some((request) => request.host === STAND_IN_HOSTS.gateway && request.url.startsWith('/ipfs/'))).toBe(true);
      } finally {
        await page.close();
      }
    });

    it('refuses an http: archive address next to its field, then stores an https: one and a Memento aggregator', async () => {
      const before = (await detour().inExtensionPage(storedSettings, undefined)) as Record<string, unknown>;
      const page = await openOptions();
      try {
        // Checked once typing pauses: no key is pressed after the address.
        await typeInto(page, '#wayback-url', 'http://archive.stand-in.example');
        await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.fieldErrors['wayback-url'] ?? '', POLL).not.toBe('');
        expect(((await detour().inExtensionPage(storedSettings, undefined)) as Record<string, unknown>).waybackApiUrl).toBe(before.waybackApiUrl);

        // Saved when the field is left (Tab), and the next once typing pauses: "Saved." beside each.
        await markSavesSeen(page);
        await typeInto(page, '#wayback-url', 'https://wayback.stand-in.example');
        await page.press('Tab');
        expect(await newSaveWords(page, '#wayback-url-status')).toBe('Saved.');
        await typeInto(page, '#memento-url', 'https://memgator.stand-in.example');
        expect(await newSaveWords(page, '#memento-url-status')).toBe('Saved.');
        await expect
          .poll(async () => (await detour().inExtensionPage(storedSettings, undefined)) as Record<string, unknown>, POLL)
          .toMatchObject({ waybackApiUrl: 'https://wayback.stand-in.example', mementoAggregatorUrl: 'https://memgator.stand-in.example' });
        expect((await page.evaluate(optionsState, SECTIONS))?.fieldErrors).toEqual({});
      } finally {
        await page.close();
        await detour().inExtensionPage(storeSettings, before);
      }
    });

    it('saves a switch the moment it changes (from the keyboard) and a number once typing pauses, and refuses an out-of-range number beside its field', async () => {
      const before = (await detour().inExtensionPage(storedSettings, undefined)) as Record<string, unknown>;
      const stored = async () => (await detour().inExtensionPage(storedSettings, undefined)) as Record<string, unknown>;
      const page = await openOptions();
      try {
        const wasOn = await page.evaluate(() => document.querySelector<HTMLInputElement>('#count-other-sites')?.checked, undefined);
        await markSavesSeen(page);
        await page.evaluate(() => document.querySelector<HTMLElement>('#count-other-sites')?.focus(), undefined);
        await page.press(' '); // Space: the key name both drivers know
        expect(await newSaveWords(page, '#count-other-sites-status')).toBe('Saved.');
        expect((await stored()).countOtherSites).toBe(!wasOn);

        await typeInto(page, '#retention-days', '0');
        await expect.poll(async () => (await page.evaluate(optionsState, SECTIONS))?.fieldErrors['retention-days'] ?? '', POLL).toMatch(/1.*365/);
        expect((await stored()).retentionDays).toBe(before.retentionDays);

        await markSavesSeen(page);
        await typeInto(page, '#retention-days', '30');
        expect(await newSaveWords(page, '#retention-days-status')).toBe('Saved.');
        expect((await stored()).retentionDays).toBe(30);
        expect((await page.evaluate(optionsState, SECTIONS))?.fieldErrors).toEqual({});
      } finally {
        await page.close();
        await detour().inExtensionPage(storeSettings, before);
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no serious axe-core violations (${scheme})`, async () => {
        const page = await openOptions(scheme);
        try {
          await page.screenshot(join(shots, `options-${scheme}.png`));
          await page.screenshot(join(shots, `options-${scheme}-full.png`), { fullPage: true });
          await expectCleanPage(page, 'options', scheme);
        } finally {
          await page.close();
        }
      });
    }
  });
}
