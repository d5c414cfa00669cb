// A tab's page and its failures in memory: one entry per failure id, a new page forgets the last one's
// failures, restoring never overwrites what memory already holds, and past the bound alike failures count
// into one entry.
import { describe, expect, it } from 'vitest';
import { MAX_TAB_ENTRIES, alikeKey, tabPages, toTabDiagnosis } from '../../src/background/tab-pages';
import { pairKey } from '../../src/core/badge';
import { classify } from '../../src/core/classify';
import type { TabDiagnosis } from '../../src/shared/messages';
import type { FailureRecord } from '../../src/store/schema';

const CF_502 = classify({ url: 'https://shop.example/', type: 'main_frame', statusCode: 502, responseHeaders: [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }] });
const page = (tabId: number, pageId: string) => ({ tabId, pageId, url: `https://shop.example/${pageId}`, start: 1 });
const entry = (id: string, host = 'shop.example', url = `https://${host}/${id}`): TabDiagnosis => ({ id, url, host, type: 'script', timeStamp: 1, diagnosis: CF_502 });

describe('toTabDiagnosis', () => {
  it('keeps what the popup shows of a stored failure, and nothing of its page', () => {
    const record: FailureRecord = { id: 'r1', tabId: 3, pageId: 'p', pageUrl: 'https://shop.example/', url: 'https://cdn.example/a.js', host: 'cdn.example', type: 'script', time: 42, provider: 'cloudflare', failure: CF_502.failure, diagnosis: CF_502 };
    expect(toTabDiagnosis(record)).toEqual({ id: 'r1', url: 'https://cdn.example/a.js', host: 'cdn.example', type: 'script', timeStamp: 42, diagnosis: CF_502 });
  });
});

describe('tabPages', () => {
  it('lists a failure once per id: putting the same id again replaces it', () => {
    const tabs = tabPages();
    tabs.start(page(1, 'p1'));
    expect(tabs.put(1, entry('a'))).toBe(true);
    expect(tabs.put(1, { ...entry('a'), timeStamp: 9 })).toBe(true);
    expect(tabs.get(1)?.entries).toEqual([{ ...entry('a'), timeStamp: 9 }]);
    expect([...tabs.get(1)!.failedPairs]).toEqual([pairKey('cloudflare', 'shop.example')]);
    expect(tabs.get(1)?.failedUrls.has('https://shop.example/a')).toBe(true);
  });

  it('records nothing for a tab whose page it does not know', () => {
    const tabs = tabPages();
    expect(tabs.put(7, entry('a'))).toBe(false);
    tabs.add(7, entry('a'));
    expect(tabs.get(7)).toBeUndefined();
  });

  it('forgets the last page’s failures when a new page starts, and the whole tab when dropped', () => {
    const tabs = tabPages();
    tabs.start(page(1, 'p1'));
    tabs.put(1, entry('a'));
    tabs.start(page(1, 'p2'));
    expect(tabs.get(1)?.page.pageId).toBe('p2');
    expect(tabs.get(1)?.entries).toEqual([]);
    expect(tabs.get(1)?.failedUrls.size).toBe(0);
    tabs.drop(1);
    expect(tabs.get(1)).toBeUndefined();
  });

  it('restores a page only when memory has none, and adds stored failures without duplicating newer ones', () => {
    const tabs = tabPages();
    tabs.start(page(1, 'live'));
    tabs.put(1, { ...entry('a'), timeStamp: 5 });
    tabs.restore(page(1, 'stored'), [entry('old')]);
    expect(tabs.get(1)?.page.pageId).toBe('live'); // memory is newer than the store
    tabs.add(1, entry('a')); // the store's copy of a failure memory holds
    tabs.add(1, entry('b'));
    expect(tabs.get(1)?.entries.map((e) => [e.id, e.timeStamp])).toEqual([['a', 5], ['b', 1]]);
    tabs.restore(page(2, 'stored'), [entry('x'), entry('y')]);
    expect(tabs.get(2)?.entries.map((e) => e.id)).toEqual(['x', 'y']);
  });

  it('past the bound, counts an alike failure into its entry (not stored), lists unlike ones up to twice the bound', () => {
    const tabs = tabPages();
    tabs.start(page(1, 'p'));
    for (let i = 0; i < MAX_TAB_ENTRIES; i++) expect(tabs.put(1, entry(`a${i}`))).toBe(true);
    // Alike: same provider, host, fault, status and kind as the first.
    expect(tabs.put(1, entry('alike'))).toBe(false);
    const tab = tabs.get(1)!;
    expect(tab.entries).toHaveLength(MAX_TAB_ENTRIES);
    expect(tab.entries[0]?.repeat).toBe(2);
    expect(alikeKey(entry('alike'))).toBe(alikeKey(tab.entries[0]!));
    // Unlike (another host): listed, until twice the bound.
    for (let i = 0; i < MAX_TAB_ENTRIES; i++) expect(tabs.put(1, entry(`u${i}`, `h${i}.example`))).toBe(true);
    expect(tabs.put(1, entry('late', 'late.example'))).toBe(false);
    expect(tab.entries).toHaveLength(2 * MAX_TAB_ENTRIES);
    expect(tab.entries[tab.entries.length - 1]?.repeat).toBe(2); // counted into the last one
  });

  it('keeps an entry’s count when the same failure is put again (a re-read page)', () => {
    const tabs = tabPages();
    tabs.start(page(1, 'p'));
    for (let i = 0; i < MAX_TAB_ENTRIES; i++) tabs.put(1, entry(`a${i}`));
    tabs.put(1, entry('alike'));
    tabs.put(1, { ...entry('a0'), timeStamp: 77 });
    expect(tabs.get(1)?.entries[0]).toMatchObject({ id: 'a0', timeStamp: 77, repeat: 2 });
  });
});
