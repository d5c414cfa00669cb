// Opt-in report sharing end to end, run once per browser: the collector as a child process on loopback, Detour
// turned on through its options page, failing simulator pages, the alarm fired, and what reached the
// collector's database and public page. A second browser that never turned sharing on sends nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser, LaunchOptions } from '../../scripts/lib/detour-browser';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { SCENARIOS, scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { SHARING_ALARM } from '../../src/background/sharing';
import { DISCLOSED_FIELDS } from '../../src/core/report';
import { startCollector, type RunningCollector } from '../collector/child-collector';
import { DIST } from './dist-is-fresh';
import { chooseByHand, fireSharingAlarm, openOptionsPage, optionsPageText, storedSettings, tabText } from './sharing-pages';

const OPTIONS = 'src/options/index.html';
// Firefox asks the person before granting data collection; here the request is granted without the prompt
// (it still has to come from a real click).
const GRANT_WITHOUT_PROMPT = { 'extensions.webextOptionalPermissionPrompts': false };

/** In an extension page: the data-collection categories Firefox granted (undefined in Chromium). */
async function grantedDataCollection(): Promise<string[] | null> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const all = (await (scope.browser ?? scope.chrome)!.permissions.getAll()) as { data_collection?: string[] };
  return all.data_collection ?? null;
}

/** In an extension page: takes a data-collection permission back, as about:addons' permissions tab does. */
async function revokeDataCollection(categories: string[]): Promise<boolean> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  return (scope.browser ?? scope.chrome)!.permissions.remove({ data_collection: categories } as chrome.permissions.Permissions);
}

const FAILING = ['cloudflare-522', 'elb-502', 'three-providers'];
const POLL = { timeout: 20_000, interval: 250 };
const ALLOWED = new Set<string>(DISCLOSED_FIELDS.map(({ field }) => field));

interface Row {
  window_start: number;
  provider: string;
  service: string;
  failure: string;
  status: string;
  pop: string;
  domain: string;
  version: string;
  n: number;
}

export function sharingSuite(name: string, launchBrowser: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`report sharing in ${name}`, { timeout: 120_000 }, () => {
    let dir: string;
    let collector: RunningCollector;
    let server: ScenarioServer;
    const browsers: DetourBrowser[] = [];
    const rows = (): Row[] => {
      const db = new Database(join(dir, 'reports.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT window_start, provider, service, failure, status, pop, domain, version, n FROM report_counts ORDER BY provider, service').all() as Row[];
      } finally {
        db.close();
      }
    };
    const total = () => rows().reduce((sum, row) => sum + row.n, 0);
    const launch = async () => {
      const browser = await launchBrowser({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true, firefoxPrefs: GRANT_WITHOUT_PROMPT });
      browsers.push(browser);
      return browser;
    };
    const visitFailing = async (browser: DetourBrowser) => {
      for (const name of FAILING) {
        const url = server.urlOf(scenarioNamed(name));
        await browser.visit(url);
        await expect.poll(async () => (await browser.report(url)).badgeText, POLL).not.toBe('');
      }
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'detour-sharing-'));
      collector = await startCollector({ COLLECTOR_DB: join(dir, 'reports.sqlite'), K_ANONYMITY: '1', RATE_LIMIT_PER_MINUTE: '0' });
      server = await startScenarioServer(SCENARIOS);
    }, 60_000);

    afterAll(async () => {
      for (const browser of browsers) await browser.close();
      await server?.close();
      await collector?.stop();
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it('sends the failures once, with only the disclosed fields, after sharing is turned on in the options page', async () => {
      const detour = await launch();
      const options = await detour.openExtensionPage(OPTIONS, { viewport: { width: 1000, height: 900 } });
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Share anonymous failure reports/);
      expect(await chooseByHand(options, { sharing: true, collectorUrl: 'http://collector.example' })).toMatch(/https/); // refused: plain http only to this machine
      expect(await detour.inExtensionPage(storedSettings, undefined)).not.toMatchObject({ sharing: true });
      // No collector is set by default (Detour runs none): sharing cannot be turned on without one.
      expect(await chooseByHand(options, { sharing: true, collectorUrl: '' })).toMatch(/Enter the address of a collector/);
      expect(await detour.inExtensionPage(storedSettings, undefined)).not.toMatchObject({ sharing: true });
      // Firefox: nothing of the data collection sharing needs is granted until sharing is turned on.
      if (detour.name === 'firefox') expect(await detour.inExtensionPage(grantedDataCollection, undefined)).toEqual([]);
      expect(await chooseByHand(options, { sharing: true, collectorUrl: collector.url })).toMatch(/Sharing is on/);
      expect(await detour.inExtensionPage(storedSettings, undefined)).toMatchObject({ sharing: true, sharePop: false, shareDomain: false, collectorUrl: collector.url });
      // Turning it on asked for exactly the category its reports need (no domain, no edge location).
      if (detour.name === 'firefox') expect(await detour.inExtensionPage(grantedDataCollection, undefined)).toEqual(['technicalAndInteraction']);

      await visitFailing(detour);
      // The options page shows the queue, byte for byte as it will be sent.
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/\{"reports":\[/);
      expect(total()).toBe(0);

      await detour.stopBackground(); // the queue is in IndexedDB: the alarm wakes a fresh worker that sends it
      await detour.inExtensionPage(fireSharingAlarm, SHARING_ALARM);
      await expect.poll(() => total(), POLL).toBeGreaterThan(0);
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Nothing is queued\.[\s\S]*Last batch sent/);

      const page = (await detour.inExtensionPage(optionsPageText, undefined)) ?? '';
      const body = /Sent [^\n]*:\s*(\{"reports":.*\})/.exec(page)?.[1];
      const sent = (JSON.parse(body ?? '{}') as { reports?: Record<string, unknown>[] }).reports ?? [];
      expect(sent.length).toBeGreaterThan(0);
      for (const report of sent) {
        expect(Object.keys(report).every((key) => ALLOWED.has(key)), JSON.stringify(report)).toBe(true);
        expect(report).not.toHaveProperty('pop'); // its toggle is off
        expect(report).not.toHaveProperty('domain');
      }
      const stored = rows();
      expect(stored.reduce((sum, row) => sum + row.n, 0)).toBe(sent.length); // acknowledged once, stored once
      // Only corroborated failures are shared (core/corroborate.ts). Every simulator host answers from 127.0.0.1,
      // so no address vouches for a provider: Cloudflare's 522 is vouched for by its cf-ray on a host its edge
      // answered healthily (the error page's /cdn-cgi/ stylesheet); the load balancer's 502 (no header only AWS
      // sets) and the CloudFront and Fastly failures of hosts never seen healthy are not shared.
      expect(new Set(stored.map((row) => row.provider))).toEqual(new Set(['cloudflare']));
      expect(stored.every((row) => row.pop === '' && row.domain === '' && row.version === '0.1.0')).toBe(true);
      expect(stored).toContainEqual(expect.objectContaining({ provider: 'cloudflare', failure: 'origin', status: '522' }));

      // The same failures again add nothing in the same window: one report per key and window. (Should the
      // visits cross into the next 5-minute window, that window may hold one report per key of its own.)
      await visitFailing(detour);
      await detour.inExtensionPage(fireSharingAlarm, SHARING_ALARM);
      await new Promise((resolve) => setTimeout(resolve, 7_000)); // the alarm's random delay is under 5 s
      const perKey = new Map<string, number>();
      for (const row of rows()) {
        const key = [row.window_start, row.provider, row.service, row.failure, row.domain].join('|');
        perKey.set(key, (perKey.get(key) ?? 0) + row.n);
      }
      expect([...perKey.values()].every((n) => n === 1), JSON.stringify([...perKey])).toBe(true);
      const firstWindows = new Set(stored.map((row) => row.window_start));
      expect(rows().filter((row) => firstWindows.has(row.window_start)).reduce((sum, row) => sum + row.n, 0)).toBe(sent.length);

      // The popup of the Cloudflare 522 tab gives the community view from GET /v1/outages (k = 1 here).
      const cloudflareTab = (await detour.report(server.urlOf(scenarioNamed('cloudflare-522')))).tabId;
      // All of this test's reports are recent; two when the revisit crossed into a new window.
      const cloudflareOrigin = rows().filter((row) => row.provider === 'cloudflare' && row.failure === 'origin').reduce((sum, row) => sum + row.n, 0);
      const users = cloudflareOrigin === 1 ? '1 Detour user reports' : `${cloudflareOrigin} Detour users report`;
      await expect.poll(() => detour.popup(cloudflareTab), POLL).toContain(`${users} Cloudflare origin failures in the last 10 minutes`);

      // The collector's public page, opened in the browser, shows the providers and their failures.
      const dashboard = `${collector.url}/`;
      await detour.visit(dashboard);
      await expect.poll(() => detour.inExtensionPage(tabText, dashboard), POLL).toMatch(/cloudflare/);
      const dashboardText = (await detour.inExtensionPage(tabText, dashboard)) ?? '';
      expect(dashboardText).toContain('cloudflare');
      for (const provider of ['aws', 'fastly']) expect(dashboardText).not.toContain(provider);
      expect(dashboardText).toMatch(/origin/);
    });

    it('sends nothing from a browser where sharing was never turned on', async () => {
      const before = total();
      const detour = await launch();
      expect(await detour.inExtensionPage(storedSettings, undefined)).not.toMatchObject({ sharing: true });
      await visitFailing(detour);
      await detour.inExtensionPage(fireSharingAlarm, SHARING_ALARM);
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      expect(total()).toBe(before);
      await detour.inExtensionPage(openOptionsPage, undefined);
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Nothing is queued\.[\s\S]*Nothing sent yet\./);
      // Sharing off: the popup says nothing about the community.
      const tabId = (await detour.report(server.urlOf(scenarioNamed('cloudflare-522')))).tabId;
      expect(await detour.popup(tabId)).not.toMatch(/Detour users? report|Community reports/);
    });

    it('says the community view is unavailable when the collector cannot be reached, and deletes the queue when sharing is turned off', async () => {
      const detour = await launch();
      const options = await detour.openExtensionPage(OPTIONS, { viewport: { width: 1000, height: 900 } });
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Share anonymous failure reports/);
      expect(await chooseByHand(options, { sharing: true, collectorUrl: 'http://127.0.0.1:9' })).toMatch(/Sharing is on/);
      const url = server.urlOf(scenarioNamed('cloudflare-522'));
      await detour.visit(url);
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/\{"reports":\[\{"window":\d+,"provider":"cloudflare"/);
      await expect.poll(async () => detour.popup((await detour.report(url)).tabId), POLL).toMatch(/Community reports unavailable/);
      expect(await chooseByHand(options, { sharing: false, collectorUrl: 'http://127.0.0.1:9' })).toMatch(/Sharing is off/);
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Nothing is queued\./);
    });

    // Chromium has no data-collection permissions: this one is Firefox's alone (not skipped elsewhere: not there).
    if (name === 'Firefox') it('sends nothing once the data-collection permission is taken back, and the options page says why', async () => {
      const detour = await launch();
      const options = await detour.openExtensionPage(OPTIONS, { viewport: { width: 1000, height: 900 } });
      expect(await chooseByHand(options, { sharing: true, collectorUrl: collector.url })).toMatch(/Sharing is on/);
      expect(await detour.inExtensionPage(revokeDataCollection, ['technicalAndInteraction'])).toBe(true);
      const before = total();
      await visitFailing(detour);
      await detour.inExtensionPage(fireSharingAlarm, SHARING_ALARM);
      await new Promise((resolve) => setTimeout(resolve, 7_000)); // the alarm's random delay is under 5 s
      expect(total()).toBe(before);
      await expect.poll(() => detour.inExtensionPage(optionsPageText, undefined), POLL).toMatch(/Firefox has not granted the data collection it needs[\s\S]*Nothing is queued\./);
    });
  });
}
