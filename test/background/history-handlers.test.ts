import { describe, expect, it } from 'vitest';
import { historyHandlers } from '../../src/background/history-handlers';
import { tabPages } from '../../src/background/tab-pages';
import { HOUR_MS, openStore } from '../../src/store/failure-store';
import { failure, freshFactory } from '../store/fake-indexeddb';

const NOW = Date.UTC(2026, 10, 21, 10, 30);
type Handlers = ReturnType<typeof historyHandlers>;
/** Calls a handler with a request as it arrives from a page: untyped. */
const ask = <K extends keyof Handlers>(handlers: Handlers, type: K, request: object = {}) =>
  (handlers[type] as (request: unknown) => Promise<unknown>)({ type, ...request });

async function setup(count = 0) {
  const store = await openStore({ indexedDB: freshFactory() });
  for (let i = 0; i < count; i++) {
    await store.record(failure(`r${String(i).padStart(3, '0')}`, { time: NOW - i * 10 * 60_000, provider: i % 3 === 0 ? 'aws' : 'cloudflare', host: i % 2 ? 'a.shop.example' : 'shop.example' }));
  }
  const tabs = tabPages();
  tabs.start({ tabId: 5, pageId: '5-1', url: 'https://shop.example/', start: 1 });
  tabs.put(5, { id: 'x@1', url: 'https://shop.example/', host: 'shop.example', timeStamp: 1, diagnosis: { provider: 'cloudflare', failure: 'edge', evidence: [] } });
  let redraws = 0;
  const handlers = historyHandlers({
    store: Promise.resolve(store),
    tabs,
    ready: Promise.resolve(),
    browserTabs: { query: async () => [{ id: 5 }, { id: 6 }, {}] },
    refreshAll: () => void redraws++,
    now: () => NOW,
  });
  return { store, tabs, handlers, redraws: () => redraws };
}

describe('history handlers', () => {
  it('history: pages newest first with a cursor to the next page, filtered by provider and site', async () => {
    const { handlers } = await setup(30);
    const first = (await ask(handlers, 'history', { limit: 12 })) as { items: { id: string }[]; next?: { time: number; id: string } };
    expect(first.items.map((item) => item.id)).toEqual(Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(3, '0')}`));
    expect(first.next).toEqual({ time: NOW - 11 * 10 * 60_000, id: 'r011' });
    const rest = (await ask(handlers, 'history', { limit: 50, before: first.next })) as { items: unknown[]; next?: unknown };
    expect(rest.items).toHaveLength(18);
    expect(rest.next).toBeUndefined();
    const aws = (await ask(handlers, 'history', { provider: 'aws', site: 'a.shop.example' })) as { items: { id: string; provider: string; host: string }[] };
    expect(aws.items.map((item) => item.id)).toEqual(['r003', 'r009', 'r015', 'r021', 'r027']);
    expect(aws.items[0]).toEqual({ id: 'r003', time: NOW - 30 * 60_000, host: 'a.shop.example', url: 'https://shop.example/r003.js', provider: 'aws', failure: 'origin', status: 522, code: '522' });
    expect(((await ask(handlers, 'history', { provider: '' })) as { items: unknown[] }).items).toHaveLength(30); // '' = every provider
  });

  it('history: refuses filters that are not bounded strings and limits out of range', async () => {
    const { handlers } = await setup();
    for (const bad of [{ provider: 5 }, { provider: 'x'.repeat(65) }, { site: ['a'] }, { site: 'a'.repeat(254) }, { limit: 0 }, { limit: 201 }, { limit: 2.5 }, { limit: '10' }, { before: { time: 'x', id: 'a' } }, { before: { time: 1 } }]) {
      await expect(ask(handlers, 'history', bad), JSON.stringify(bad)).rejects.toThrow(TypeError);
    }
    await expect(ask(handlers, 'history-export', { format: 'xml' })).rejects.toThrow(/format/);
  });

  it('history-chart: 24 hours ending with the current one, per provider, with the providers stored', async () => {
    const { handlers } = await setup(30);
    const chart = (await ask(handlers, 'history-chart')) as { start: number; hourMs: number; series: { provider: string; counts: number[] }[]; providers: unknown[] };
    expect(chart.start).toBe(Date.UTC(2026, 10, 20, 11));
    expect(chart.hourMs).toBe(HOUR_MS);
    expect(chart.series.map((s) => [s.provider, s.counts.length, s.counts.reduce((a, b) => a + b)])).toEqual([['cloudflare', 24, 20], ['aws', 24, 10]]);
    expect(chart.series[0]!.counts.slice(-5)).toEqual([4, 4, 4, 4, 2]); // six an hour, a third aws; the current hour has 10:00 to 10:30
    expect(chart.providers).toEqual(['aws', 'cloudflare']);
  });

  it('history-export: the whole history as a dated file', async () => {
    const { handlers } = await setup(3);
    const csv = (await ask(handlers, 'history-export', { format: 'csv' })) as { filename: string; mime: string; text: string };
    expect(csv.filename).toMatch(/^detour-history-2026-11-2[01]\.csv$/); // the local date of NOW
    expect(csv.mime).toBe('text/csv');
    expect(csv.text.split('\r\n')).toHaveLength(5);
    const json = (await ask(handlers, 'history-export', { format: 'json' })) as { text: string };
    expect((JSON.parse(json.text) as { id: string }[]).map((row) => row.id)).toEqual(['r000', 'r001', 'r002']);
  });

  it("history-clear: forgets every failure, empties the open tabs' counts (same page load) and redraws the badges", async () => {
    const { handlers, store, tabs, redraws } = await setup(7);
    expect(await ask(handlers, 'history-clear')).toEqual({ cleared: 7 });
    expect(await store.count()).toBe(0);
    expect(tabs.get(5)?.entries).toEqual([]);
    expect(tabs.get(5)?.page.pageId).toBe('5-1');
    expect(await store.getPages()).toEqual([{ tabId: 5, pageId: '5-1', url: 'https://shop.example/', start: 1 }]);
    expect(redraws()).toBe(1);
    expect(await ask(handlers, 'history')).toEqual({ items: [] });
  });
});
