// Private browsing in Firefox: Detour allowed in private windows, as about:addons allows it. A
// private tab's failure shows on its badge and in its popup, survives the event page being stopped, and
// nothing of it — the failure, the tab's page, the hosts it taught Detour — is written to IndexedDB; the
// same pages in an ordinary window are written (the control that shows the reads would see them).
// Chromium offers no way to allow an unpacked extension in incognito without its settings page: the same
// code path is covered there by the unit tests (private-tabs, observe-request, meta-mirrors).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser } from '../../scripts/lib/detour-browser';
import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { DIST } from './dist-is-fresh';

const POLL = { timeout: 20_000, interval: 250 };
const SCENARIOS = [scenarioNamed('healthy'), scenarioNamed('cloudflare-522'), scenarioNamed('cloudfront-502')];

/** In an extension page: opens url in a new private window; resolves its tab's id. */
async function openPrivate(url: string): Promise<number | undefined> {
  const api = (globalThis as unknown as { browser: typeof chrome }).browser;
  const window = await api.windows.create({ incognito: true, url });
  return window?.tabs?.[0]?.id;
}

/** In an extension page: opens url in a new ordinary window. */
async function openOrdinary(url: string): Promise<number | undefined> {
  const api = (globalThis as unknown as { browser: typeof chrome }).browser;
  const window = await api.windows.create({ incognito: false, url });
  return window?.tabs?.[0]?.id;
}

/** In an extension page: what Detour's IndexedDB holds, per store (failures' page addresses, pages' tab ids, hosts). */
async function storedRows(): Promise<{ failures: string[]; pages: number[]; hosts: string[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('detour');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('cannot open detour'));
  });
  const all = (store: string) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error ?? new Error(`cannot read ${store}`));
    });
  try {
    const [failures, pages, hosts] = await Promise.all([all('failures'), all('pages'), all('hosts')]);
    return { failures: failures.map((r) => String(r.pageUrl)), pages: pages.map((r) => Number(r.tabId)), hosts: hosts.map((r) => String(r.host)) };
  } finally {
    db.close();
  }
}

/** In an extension page: Detour's answer for a tab (its badge and what it lists). */
async function tabState(tabId: number): Promise<{ badge: string; listed: number }> {
  const api = (globalThis as unknown as { browser: typeof chrome }).browser;
  const [badge, diagnoses] = await Promise.all([api.action.getBadgeText({ tabId }), api.runtime.sendMessage({ type: 'tab-diagnoses', tabId })]);
  return { badge, listed: Array.isArray(diagnoses) ? diagnoses.length : -1 };
}

describe('a private window in Firefox', { timeout: 120_000 }, () => {
  let server: ScenarioServer;
  let detour: DetourBrowser;

  beforeAll(async () => {
    server = await startScenarioServer(SCENARIOS);
    detour = await launchFirefox({ dist: DIST, mapHosts: scenarioHosts(SCENARIOS), headless: true, privateBrowsing: true });
  }, 60_000);

  afterAll(async () => {
    await detour?.close();
    await server?.close();
  });

  it("shows a private tab's failure, keeps it across a stopped event page, and writes none of it to IndexedDB", async () => {
    const healthy = server.urlOf(scenarioNamed('healthy'));
    const failing = server.urlOf(scenarioNamed('cloudflare-522'));
    await detour.inExtensionPage(openPrivate, healthy);
    const tabId = (await detour.inExtensionPage(openPrivate, failing)) as number;
    await expect.poll(() => detour.inExtensionPage(tabState, tabId), POLL).toEqual({ badge: '1', listed: 1 });
    expect(await detour.popup(tabId)).toMatch(/Cloudflare/);

    await detour.stopBackground();
    await expect.poll(() => detour.inExtensionPage(tabState, tabId), POLL).toEqual({ badge: '1', listed: 1 });

    // Learned hosts are written every 5 s; give it three times that.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const stored = await detour.inExtensionPage(storedRows, undefined);
    expect(stored.failures).not.toContain(failing);
    expect(stored.pages).not.toContain(tabId);
    expect(stored.hosts).not.toContain(new URL(healthy).hostname);
    expect(stored.hosts).not.toContain(new URL(failing).hostname);

    // The control: the same kind of pages in an ordinary window are written.
    const ordinaryFailing = server.urlOf(scenarioNamed('cloudfront-502'));
    const ordinaryTab = (await detour.inExtensionPage(openOrdinary, ordinaryFailing)) as number;
    await detour.inExtensionPage(openOrdinary, healthy);
    await expect.poll(async () => (await detour.inExtensionPage(storedRows, undefined)).failures, POLL).toContain(ordinaryFailing);
    await expect.poll(async () => (await detour.inExtensionPage(storedRows, undefined)).pages, POLL).toContain(ordinaryTab);
    await expect.poll(async () => (await detour.inExtensionPage(storedRows, undefined)).hosts, POLL).toContain(new URL(healthy).hostname);
  });
});
