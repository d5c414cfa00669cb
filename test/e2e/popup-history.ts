// The popup's history view end to end, inside the popup suite's browser: the failures the suite's
// visits stored, the 24-hour chart, provider and site filters, JSON and CSV export, clear; axe-core light and dark.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ExtensionPage } from '../../scripts/lib/detour-browser';
import { scenarioNamed } from '../../scripts/lib/scenarios';
import { describeViolations, seriousViolations } from './axe-check';
import { typeInto } from './options-pages';
import { type PopupState, chooseHistoryProvider, historyState, leftovers, recordDownloads, recordedDownloads } from './popup-pages';

const POLL = { timeout: 15_000, interval: 150 };

export interface PopupSuiteContext {
  /** Visits the scenario once (its tab is kept) and returns the tab's id. */
  tabFor(scenarioName: string): Promise<number>;
  openPopup(scenarioName: string): Promise<ExtensionPage>;
  settledPopup(page: ExtensionPage): Promise<PopupState>;
  /** Where screenshots go. */
  shots: string;
}

export function historyTests({ tabFor, openPopup, settledPopup, shots }: PopupSuiteContext): void {
  it('shows the failures in the history view, filters them by provider and site, passes axe-core, and clears', async () => {
    for (const scenarioName of ['cloudflare-522', 'fastly-503', 'vercel-500']) await tabFor(scenarioName);
    const page = await openPopup('cloudflare-522');
    const rowsWhere = (check: (rows: string[]) => boolean) =>
      expect.poll(async () => {
        const rows = (await page.evaluate(historyState, undefined))?.rows ?? [];
        return rows.length > 0 && check(rows);
      }, POLL);
    try {
      await settledPopup(page);
      await page.click('#show-history');
      await expect.poll(async () => (await page.evaluate(historyState, undefined))?.rows.length ?? 0, POLL).toBeGreaterThan(0);
      // The list and the chart are read separately: wait for both.
      await expect
        .poll(async () => (await page.evaluate(historyState, undefined))?.controls, POLL)
        .toEqual({ '#history-provider': true, '#history-site': true, '#history-chart': true, '#export-json': true, '#export-csv': true, '#clear-history': true });
      await expect.poll(async () => (await page.evaluate(historyState, undefined))?.chart, { ...POLL, message: 'the 24-hour chart is drawn' }).toBe(true);
      const all = await page.evaluate(historyState, undefined);
      expect(leftovers(await page.evaluate(() => document.body.innerText, undefined)), 'placeholders or undefined in the history view').toEqual([]);
      // "All", and at least the providers of the three scenarios visited here.
      expect(all?.providers).toEqual(expect.arrayContaining(['', 'cloudflare', 'fastly', 'vercel']));
      await page.screenshot(join(shots, 'history-light.png'));
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);

      // By provider: only Fastly's failures (the newest are the outdoor shop's reviews widget).
      expect(await page.evaluate(chooseHistoryProvider, 'fastly')).toBe(true);
      await rowsWhere((rows) => rows.every((row) => row.includes('Fastly'))).toBe(true);
      // And by site, typed as a person would: a domain finds its host.
      const gazette = scenarioNamed('fastly-503').host;
      await typeInto(page, '#history-site', 'copperfield-gazette.com');
      await rowsWhere((rows) => rows.every((row) => row.includes(gazette) && row.includes('Fastly'))).toBe(true);
      // Every provider again, another site.
      expect(await page.evaluate(chooseHistoryProvider, '')).toBe(true);
      await typeInto(page, '#history-site', 'northwind-outfitters.com');
      await rowsWhere((rows) => rows.every((row) => row.includes(scenarioNamed('cloudflare-522').host) && row.includes('Cloudflare'))).toBe(true);

      await page.setColorScheme('dark');
      await page.screenshot(join(shots, 'history-dark.png'));
      const dark = await seriousViolations(page);
      expect(dark, describeViolations(dark)).toEqual([]);
      await page.setColorScheme('light');

      // Export: a JSON and a CSV file with the stored failures (the <a download> is intercepted, see recordDownloads).
      await page.evaluate(recordDownloads, undefined);
      await page.click('#export-json');
      await expect.poll(async () => (await page.evaluate(recordedDownloads, undefined)).length, POLL).toBe(1);
      await page.click('#export-csv');
      await expect.poll(async () => (await page.evaluate(recordedDownloads, undefined)).length, POLL).toBe(2);
      const [json, csv] = await page.evaluate(recordedDownloads, undefined);
      expect(json?.filename).toMatch(/\.json$/);
      expect(csv?.filename).toMatch(/\.csv$/);
      const northwind = scenarioNamed('cloudflare-522').host;
      expect(() => JSON.parse(json?.text ?? '')).not.toThrow();
      expect(json?.text).toContain(northwind);
      const lines = (csv?.text ?? '').trim().split(/\r?\n/);
      expect(lines.length).toBeGreaterThan(1); // a header, then one line per failure
      expect(lines.some((line) => line.includes(northwind) && line.includes('cloudflare'))).toBe(true);

      // Clear, confirmed in the popup: nothing is left, whatever the filter.
      await page.click('#clear-history');
      await page.click('#clear-history-yes');
      await expect.poll(async () => (await page.evaluate(historyState, undefined))?.rows.length, POLL).toBe(0);
    } finally {
      await page.close();
    }
  });
}
