import { describe, expect, it } from 'vitest';
import { restorePages } from '../../src/background/restore-tabs';
import { tabPages, toTabDiagnosis, type PageLoad } from '../../src/background/tab-pages';
import { openStore, type FailureStore } from '../../src/store/failure-store';
import { failure, freshFactory } from '../store/fake-indexeddb';

const page = (tabId: number, pageId: string): PageLoad => ({ tabId, pageId, url: `https://site${tabId}.example/`, start: 1_000 });

/** A store left by a stopped worker: tab 1 (two failures on its current page, one on an earlier one), tab 2, tab 9 (closed since). */
async function leftBehind(): Promise<FailureStore> {
  const store = await openStore({ indexedDB: freshFactory() });
  await Promise.all([store.setPage(page(1, '1-b')), store.setPage(page(2, '2-a')), store.setPage(page(9, '9-a'))]);
  await Promise.all([
    store.record(failure('s:1', { tabId: 1, pageId: '1-b', time: 2_000 })),
    store.record(failure('s:2', { tabId: 1, pageId: '1-b', time: 3_000 })),
    store.record(failure('s:3', { tabId: 1, pageId: '1-a', time: 1_500 })),
    store.record(failure('s:4', { tabId: 9, pageId: '9-a', time: 2_500 })),
  ]);
  return store;
}

/** The store, with each tab's failures held back until release() (the worker receives events meanwhile). */
function heldFailures(store: FailureStore) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held = new Proxy(store, {
    get: (target, key, receiver) =>
      key === 'forPage'
        ? async (tabId: number, pageId: string) => {
            await gate;
            return target.forPage(tabId, pageId);
          }
        : Reflect.get(target, key, receiver),
  });
  return { held, release };
}

const ids = (entries: readonly { id: string }[] | undefined) => entries?.map((entry) => entry.id);

describe('restorePages', () => {
  it("restores each open tab's page, then its current page's failures, oldest first", async () => {
    const store = await leftBehind();
    const tabs = tabPages();
    const { failures } = await restorePages({ store: Promise.resolve(store), tabs, openTabIds: async () => [1, 2] });
    expect(tabs.get(1)?.page).toEqual(page(1, '1-b'));
    expect(tabs.get(2)?.page).toEqual(page(2, '2-a'));
    expect((await failures).sort()).toEqual([1, 2]);
    expect(ids(tabs.get(1)?.entries)).toEqual(['s:1', 's:2']); // not s:3, from the page before
    expect(tabs.get(2)?.entries).toEqual([]);
  });

  it('forgets the page of a tab closed while the worker was stopped', async () => {
    const store = await leftBehind();
    const tabs = tabPages();
    const { failures } = await restorePages({ store: Promise.resolve(store), tabs, openTabIds: async () => [1, 2] });
    expect(await failures).not.toContain(9);
    expect(tabs.get(9)).toBeUndefined();
    await expect.poll(async () => (await store.getPages()).map((p) => p.tabId).sort()).toEqual([1, 2]);
  });

  it('has the pages in place before the failures are read, so new failures can be recorded at once', async () => {
    const { held, release } = heldFailures(await leftBehind());
    const tabs = tabPages();
    const { failures } = await restorePages({ store: Promise.resolve(held), tabs, openTabIds: async () => [1] });
    expect(tabs.put(1, toTabDiagnosis(failure('s:5', { tabId: 1, pageId: '1-b', time: 4_000 })))).toBe(true);
    // A failure that arrived meanwhile and was stored too: the one in memory stays, not doubled.
    expect(tabs.put(1, { ...toTabDiagnosis(failure('s:2', { tabId: 1, pageId: '1-b', time: 3_000 })), host: 'newer.example' })).toBe(true);
    release();
    await failures;
    expect(ids(tabs.get(1)?.entries)).toEqual(['s:5', 's:2', 's:1']);
    expect(tabs.get(1)?.entries.find((entry) => entry.id === 's:2')?.host).toBe('newer.example');
  });

  it('adds no stored failure to a page the tab moved on to meanwhile', async () => {
    const { held, release } = heldFailures(await leftBehind());
    const tabs = tabPages();
    const { failures } = await restorePages({ store: Promise.resolve(held), tabs, openTabIds: async () => [1, 2] });
    tabs.start(page(1, '1-c'));
    release();
    expect((await failures).sort()).toEqual([1, 2]);
    expect(tabs.get(1)?.page.pageId).toBe('1-c');
    expect(tabs.get(1)?.entries).toEqual([]);
  });

  it('keeps a page the worker already started for a tab over the stored one', async () => {
    const store = await leftBehind();
    const tabs = tabPages();
    tabs.start(page(2, '2-new'));
    const { failures } = await restorePages({ store: Promise.resolve(store), tabs, openTabIds: async () => [1, 2] });
    await failures;
    expect(tabs.get(2)?.page.pageId).toBe('2-new');
    expect(ids(tabs.get(1)?.entries)).toEqual(['s:1', 's:2']);
  });
});
