// The popup end to end, run once per browser: every simulator scenario visited, the popup opened on
// its tab, its headline and mirror suggestions checked against the local mirror stand-ins; a suggestion
// clicked; the history view driven; axe-core on both; light and dark screenshots of three popups.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFailuresIn } from './stored-failures';
import { POPUP_PATH, type ColorScheme, type DetourBrowser, type ExtensionPage, type LaunchOptions } from '../../scripts/lib/detour-browser';
import { HOSTILE_HOST, type MirrorStandIns, STAND_IN_CID, STAND_IN_HOSTS, startMirrorStandIns } from '../../scripts/lib/mirror-stand-ins';
import { tourScenario } from '../../scripts/lib/outage-tour';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { SCENARIOS, type Scenario, TIDEWATER_ABOUT_PATH, TIDEWATER_IPFS_PATH, scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { describeViolations, seriousViolations } from './axe-check';
import { DIST, ROOT } from './dist-is-fresh';
import { historyTests } from './popup-history';
import { POPUP_EXPECTATIONS } from './popup-expectations';
import { type PopupState, copyState, focused, leftovers, looksDark, overflowing, popupState, smallestText, tabUrls } from './popup-pages';

const POLL = { timeout: 15_000, interval: 150 };
/** The popup's three screenshot subjects: a Cloudflare edge failure, an origin failure behind CloudFront, a bot check. */
export const SCREENSHOT_SCENARIOS = ['cloudflare-500', 'cloudfront-502', 'cloudflare-challenge'] as const;
// One scenario host publishes DNSLink (IPFS suggestions); another publishes a javascript: value that must be refused.
const DNSLINK_HOST = scenarioNamed('cloudflare-500').host;
const HOSTILE_DNSLINK_HOST = scenarioNamed('cloudflare-500-header').host;
// The Wayback Machine answers too late for one site (the latest-snapshot shortcut is offered) and has nothing for another.
const SLOW_WAYBACK_HOST = scenarioNamed('elb-502').host;
const NOT_ARCHIVED_HOST = scenarioNamed('vercel-500').host;
// Both archives point somewhere else for one site: neither answer may become a link.
const HOSTILE_ARCHIVES_HOST = scenarioNamed('cloudfront-503').host;

export function popupSuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`the popup in ${name}`, { timeout: 60_000 }, () => {
    let server: ScenarioServer;
    let standIns: MirrorStandIns;
    let browser: DetourBrowser | undefined;
    const tabs = new Map<string, number>(); // scenario name → its tab
    const shots = join(ROOT, '.tmp', 'screenshots', name.toLowerCase());

    beforeAll(async () => {
      mkdirSync(shots, { recursive: true });
      server = await startScenarioServer(SCENARIOS);
      standIns = await startMirrorStandIns({
        dnslink: { [DNSLINK_HOST]: [`dnslink=/ipfs/${STAND_IN_CID}`], [HOSTILE_DNSLINK_HOST]: ['dnslink=javascript:alert(document.domain)'] },
        slowWayback: [SLOW_WAYBACK_HOST],
        notArchived: [NOT_ARCHIVED_HOST],
        hostileArchives: [HOSTILE_ARCHIVES_HOST],
      });
      browser = await launch({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true, httpsProxyPort: standIns.proxyPort, settings: standIns.settings });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await standIns?.close();
    }, 60_000);

    const detour = () => browser as DetourBrowser; // beforeAll throws when the launch fails
    const pageUrl = (scenario: Scenario) => server.urlOf(scenario);

    /** Visits the scenario once (its tab is kept), and returns the tab's id. */
    async function tabFor(scenarioName: string): Promise<number> {
      const known = tabs.get(scenarioName);
      if (known !== undefined) return known;
      const stop = await tourScenario(detour(), server, scenarioNamed(scenarioName), { quietMs: 2500, maxWaitMs: 30_000 });
      if (stop.error !== undefined || stop.report === undefined) throw new Error(`visiting ${scenarioName}: ${stop.error ?? 'no report'}`);
      expect(stop.problems, `Detour's verdict on ${scenarioName}`).toEqual([]);
      tabs.set(scenarioName, stop.report.tabId);
      return stop.report.tabId;
    }

    async function openPopup(scenarioName: string, colorScheme: ColorScheme = 'light'): Promise<ExtensionPage> {
      const tabId = await tabFor(scenarioName);
      return detour().openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`, { colorScheme });
    }

    /** The archive link the stand-ins lead Detour to offer for a failing page. */
    function expectedArchiveLink(scenario: Scenario): string {
      const url = pageUrl(scenario);
      // The lookup timed out, or answered with a snapshot elsewhere: the latest-snapshot shortcut instead.
      if (scenario.host === SLOW_WAYBACK_HOST || scenario.host === HOSTILE_ARCHIVES_HOST) return `https://web.archive.org/web/2/${url}`;
      if (scenario.host === NOT_ARCHIVED_HOST) return standIns.archiveTodaySnapshotUrl(url); // no Wayback copy
      return standIns.waybackSnapshotUrl(url);
    }

    /** The popup's state once its headline is shown and (when wanted) the page's archive link is offered. */
    async function settledPopup(page: ExtensionPage, wantScenario?: Scenario): Promise<PopupState> {
      const snapshot = wantScenario === undefined ? undefined : new URL(expectedArchiveLink(wantScenario)).href;
      let last: PopupState | undefined;
      try {
        await expect
          .poll(async () => {
            last = await page.evaluate(popupState, undefined);
            return last.verdict !== '' && (snapshot === undefined || last.mirrors.some((link) => link.href === snapshot));
          }, POLL)
          .toBe(true);
      } catch (error) {
        throw new Error(`popup never settled${snapshot ? ` with the archive link ${snapshot}` : ''}; last seen: ${JSON.stringify(last, null, 1)}`, { cause: error });
      }
      return last as PopupState;
    }

    it.for(SCENARIOS.map((scenario) => [scenario.name] as const))('headlines the %s scenario and offers https mirrors only', async ([scenarioName]) => {
      const scenario = scenarioNamed(scenarioName);
      const expectation = POPUP_EXPECTATIONS[scenarioName];
      if (!expectation) throw new Error(`no popup expectation for the ${scenarioName} scenario`);
      const page = await openPopup(scenarioName);
      try {
        const state = await settledPopup(page, expectation.pageMirrors ? scenario : undefined);
        expect(state.verdict).toMatch(expectation.headline);
        expect(leftovers(state.text), 'placeholders or undefined in the popup').toEqual([]);
        for (const link of state.mirrors) {
          expect(new URL(link.href).protocol, link.href).toBe('https:');
          expect(link.kind).not.toBe('');
        }
        if (scenario.host === NOT_ARCHIVED_HOST) expect(state.mirrors.filter((link) => link.kind === 'wayback')).toEqual([]);
        if (scenario.host === SLOW_WAYBACK_HOST) expect(state.mirrors.find((link) => link.kind === 'wayback')?.entry).toMatch(/not checked: the archive lookup did not answer/);
        if (scenario.host === HOSTILE_ARCHIVES_HOST) {
          // Both archives were asked (and answered with HOSTILE_HOST); neither answer became a link.
          for (const archive of [STAND_IN_HOSTS.waybackApi, STAND_IN_HOSTS.archiveToday]) {
            expect(standIns.requests.some((r) => r.host === archive && r.url.includes(HOSTILE_ARCHIVES_HOST)), archive).toBe(true);
          }
          expect(state.mirrors.map((link) => new URL(link.href).hostname)).not.toContain(HOSTILE_HOST);
          expect(state.mirrors.find((link) => link.kind === 'archive-today')?.href).toBe(new URL(`https://archive.ph/newest/${pageUrl(scenario)}`).href);
        }
        if (expectation.pageMirrors) {
          // The stand-in answered the lookups; the page's own failing host is never offered as its mirror.
          expect(state.mirrors.every((link) => new URL(link.href).hostname !== scenario.host)).toBe(true);
          expect(state.controls['#retry'], '#retry').toBe(true);
          expect(state.controls['#copy-report'], '#copy-report').toBe(true);
        }
        expect(state.controls['#show-history'], '#show-history').toBe(true);
        // Nothing opened on its own: no tab shows a suggestion before a click.
        const open = await detour().inExtensionPage(tabUrls, undefined);
        expect(open.filter((url) => state.mirrors.some((link) => link.href === url))).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('offers IPFS from DNSLink on the healthy gateways only, the one on the failing provider last with its warning, and opens a suggestion only on click', async () => {
      const scenario = scenarioNamed('cloudflare-500'); // Cloudflare's edge is failing
      const page = await openPopup(scenario.name);
      try {
        const state = await settledPopup(page, scenario);
        const ipfs = state.mirrors.filter((link) => link.kind === 'ipfs');
        // The gateway that never answers is not offered; the one behind Cloudflare is, after everything else.
        expect(ipfs.map((link) => new URL(link.href).hostname)).toEqual([STAND_IN_HOSTS.gateway, STAND_IN_HOSTS.cloudflareGateway]);
        expect(ipfs.every((link) => link.href.includes(STAND_IN_CID))).toBe(true);
        const last = state.mirrors.at(-1);
        expect(last && new URL(last.href).hostname).toBe(STAND_IN_HOSTS.cloudflareGateway);
        expect(last?.entry).toMatch(/Served by Cloudflare too/);
        expect(state.mirrors[0] && new URL(state.mirrors[0].href).hostname).toBe(STAND_IN_HOSTS.gateway);

        // The aggregator's other archive, its newest capture only; its Wayback capture is not offered twice.
        expect(state.mirrors.filter((link) => link.kind === 'memento').map((link) => link.href)).toEqual([new URL(standIns.mementoSnapshotUrl(pageUrl(scenario))).href]);
        expect(state.mirrors.filter((link) => link.kind === 'wayback')).toHaveLength(1);

        const wayback = state.mirrors.find((link) => link.kind === 'wayback');
        expect(wayback?.href).toBe(new URL(standIns.waybackSnapshotUrl(pageUrl(scenario))).href);
        const before = standIns.requests.length;
        await page.click(`#mirrors a[data-mirror-kind="wayback"]`);
        // A new tab at exactly the suggested https: address, which the stand-in then served.
        await expect.poll(() => detour().inExtensionPage(tabUrls, undefined), POLL).toContain(wayback?.href);
        const snapshotPath = new URL(wayback?.href ?? 'https://x/').pathname;
        await expect.poll(() => standIns.requests.slice(before).some((r) => r.host === STAND_IN_HOSTS.wayback && r.url.startsWith(snapshotPath)), POLL).toBe(true);
        // The popup is still there (the link opened a new tab instead of navigating the popup away).
        expect(await page.evaluate(() => location.pathname, undefined)).toMatch(/\/src\/popup\/index\.html$/);
      } finally {
        await page.close();
      }
    });

    it("asks the archives about a failed page's address without its query until the person asks for the exact one", async () => {
      const scenario = scenarioNamed('cloudflare-522');
      const url = `${pageUrl(scenario)}?session=s3cr3t-token#step-2`;
      await detour().visit(url);
      const report = await detour().report(url);
      const page = await detour().openExtensionPage(`${POPUP_PATH}?tabId=${report.tabId}`);
      try {
        await settledPopup(page, scenario); // the snapshot offered is the trimmed address's
        expect(standIns.requests.filter((r) => r.url.includes('s3cr3t')), 'the query left the browser').toEqual([]);
        // Nor is it stored: the failure keeps scheme, host and path.
        const stored = await detour().inExtensionPage(storedFailuresIn, pageUrl(scenario));
        expect(stored.length).toBeGreaterThan(0);
        expect(JSON.stringify(stored)).not.toContain('s3cr3t');
        await page.click('#mirrors-exact');
        await expect.poll(() => standIns.requests.some((r) => r.host === STAND_IN_HOSTS.waybackApi && decodeURIComponent(r.url).includes('session=s3cr3t-token')), POLL).toBe(true);
      } finally {
        await page.close();
      }
    });

    it('asks nothing about a private or local page', async () => {
      const url = `http://localhost:${server.port}/admin?token=local-only`;
      await detour().visit(url);
      const report = await detour().report(url);
      const before = standIns.requests.length;
      const page = await detour().openExtensionPage(`${POPUP_PATH}?tabId=${report.tabId}`);
      try {
        await expect.poll(async () => (await page.evaluate(popupState, undefined)).text, POLL).toContain('localhost is a private or local address: Detour asks no archive or resolver about it.');
        expect(standIns.requests.slice(before)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('asks for mirrors of a page that loaded (only its parts failed) only when the person clicks Look for copies', async () => {
      const scenario = scenarioNamed('three-providers');
      const page = await openPopup(scenario.name);
      try {
        const before = await settledPopup(page);
        expect(before.mirrors).toEqual([]);
        const lookups = () => standIns.requests.filter((r) => r.host === STAND_IN_HOSTS.waybackApi && r.url.includes(scenario.host)).length;
        expect(lookups()).toBe(0);
        await page.click('#find-mirrors');
        const after = await settledPopup(page, scenario); // the page's own address, from the tab
        expect(after.mirrors.every((link) => new URL(link.href).protocol === 'https:')).toBe(true);
        expect(lookups()).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });

    it("offers IPFS from the x-ipfs-path another page of the site announced in a <meta http-equiv> when it loaded", async () => {
      const scenario = scenarioNamed('cloudfront-502');
      await detour().visit(`http://${scenario.host}:${server.port}${TIDEWATER_ABOUT_PATH}`);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // read once the page has loaded
      const url = `${pageUrl(scenario)}?after-about`; // the site announced its IPFS copy since: not the kept answer
      await detour().visit(url);
      const { tabId } = await detour().report(url);
      const page = await detour().openExtensionPage(`${POPUP_PATH}?tabId=${tabId}`, { colorScheme: 'light' });
      try {
        let ipfs: { href: string; entry: string }[] = [];
        await expect.poll(async () => (ipfs = (await page.evaluate(popupState, undefined)).mirrors.filter((link) => link.kind === 'ipfs')).length, POLL).toBeGreaterThan(0);
        // Through both healthy gateways (neither is on AWS, which is failing here; faster first), the page's path
        // kept; its query is not (lookups and links use the address without it until the person asks).
        const tail = `${TIDEWATER_IPFS_PATH}events/harbour-lights-festival`;
        expect(ipfs.map((link) => link.href).sort()).toEqual([`https://${STAND_IN_HOSTS.cloudflareGateway}${tail}`, `https://${STAND_IN_HOSTS.gateway}${tail}`]);
        expect(ipfs[0]?.entry).toMatch(/x-ipfs-path/);
        // It names the page that announced it (the about page, not the failing one).
        expect(ipfs[0]?.entry).toContain(`http://${scenario.host}:${server.port}${TIDEWATER_ABOUT_PATH} said`);
      } finally {
        await page.close();
      }
    });

    it('offers no IPFS link when the DNSLink value is javascript:', async () => {
      const scenario = scenarioNamed('cloudflare-500-header');
      const page = await openPopup(scenario.name);
      try {
        const state = await settledPopup(page, scenario);
        expect(state.mirrors.filter((link) => link.kind === 'ipfs')).toEqual([]);
        expect(state.mirrors.some((link) => /javascript/i.test(link.href))).toBe(false);
      } finally {
        await page.close();
      }
    });

    it('is usable from the keyboard: Tab reaches Retry, Copy report and a mirror, and Enter opens the mirror in a new tab', async () => {
      const scenario = scenarioNamed('cloudflare-522');
      const page = await openPopup(scenario.name);
      try {
        const state = await settledPopup(page, scenario);
        const seen: string[] = [];
        for (let i = 0; i < 40 && !seen.at(-1)?.startsWith('mirror '); i += 1) {
          await page.press('Tab');
          seen.push(await page.evaluate(focused, undefined));
        }
        expect(seen).toEqual(expect.arrayContaining(['#retry', '#copy-report']));
        const link = seen.at(-1)?.replace(/^mirror /, '');
        expect(state.mirrors.map((m) => m.href), `focus went: ${seen.join(' → ')}`).toContain(link);
        await page.press('Enter');
        await expect.poll(() => detour().inExtensionPage(tabUrls, undefined), POLL).toContain(link);
      } finally {
        await page.close();
      }
    });

    it('copies the report and the request id, and Retry reloads the failing tab', async () => {
      const scenario = scenarioNamed('cloudflare-522');
      const page = await openPopup(scenario.name);
      try {
        await settledPopup(page);
        await page.click('#copy-report');
        await expect.poll(() => page.evaluate(copyState, '#copy-report'), POLL).toBe('Copied');
        await page.click('#copy-request-id');
        await expect.poll(() => page.evaluate(copyState, '#copy-request-id'), POLL).toBe('Copied');
        const before = server.served(scenario.host);
        await page.click('#retry');
        await expect.poll(() => server.served(scenario.host), POLL).toBeGreaterThan(before);
      } finally {
        await page.close().catch(() => {}); // Retry closes the popup itself
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no serious axe-core violations in the popup (${scheme}), and saves its screenshots`, async () => {
        for (const scenarioName of SCREENSHOT_SCENARIOS) {
          const scenario = scenarioNamed(scenarioName);
          const page = await openPopup(scenarioName, scheme);
          try {
            await page.setColorScheme(scheme); // Firefox: waits until the page sees it
            await settledPopup(page, scenario); // all three offer the page's Wayback snapshot
            await page.screenshot(join(shots, `popup-${scenarioName}-${scheme}.png`)); // what the popup shows first
            await page.screenshot(join(shots, `popup-${scenarioName}-${scheme}-full.png`), { fullPage: true });
            // Soft: every scenario is screenshotted and checked even when one finds a problem.
            expect.soft((await page.evaluate(looksDark, undefined)).dark, `${scenarioName}: popup colours in ${scheme}`).toBe(scheme === 'dark');
            // axe checks what is rendered: open "Why Detour thinks so" (and any other disclosure) first.
            await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)), undefined);
            const violations = await seriousViolations(page);
            expect.soft(violations, `${scenarioName} (${scheme}):\n${describeViolations(violations)}`).toEqual([]);
            expect.soft(await page.evaluate(overflowing, undefined), `${scenarioName} (${scheme}): wider than the popup`).toEqual([]);
            // Chromium gives extension pages `body { font-size: 75% }`: a font set on :root alone shrinks to 9.75px.
            const smallest = await page.evaluate(smallestText, undefined);
            expect.soft(smallest.px, `${scenarioName} (${scheme}): smallest text ${smallest.px}px at ${smallest.where}`).toBeGreaterThanOrEqual(11);
          } finally {
            await page.close();
          }
        }
      });
    }

    historyTests({ openPopup, settledPopup, tabFor, shots });
  });
}
