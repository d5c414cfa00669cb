// After the worker restarts, rebuild each open tab's current page and failures from the store, in two
// steps: the pages first (one small read, so new failures can be recorded at once), then each page's
// failures for its badge (merged with what arrived meanwhile).
import type { FailureStore } from '../store/store-types';
import { toTabDiagnosis, type TabPages } from './tab-pages';

export interface RestoreTabsDeps {
  store: Promise<FailureStore>;
  tabs: TabPages;
  openTabIds(): Promise<number[]>;
}

/** Restores the open tabs' pages; resolves with the second step (their failures), which yields their ids. */
export async function restorePages({ store, tabs, openTabIds }: RestoreTabsDeps): Promise<{ failures: Promise<number[]> }> {
  const s = await store;
  const [pages, open] = await Promise.all([s.getPages(), openTabIds().then((ids) => new Set(ids))]);
  const restored = [];
  for (const page of pages) {
    if (open.has(page.tabId)) {
      tabs.restore(page, []);
      restored.push(page);
    } else {
      s.removePage(page.tabId).catch(() => {}); // a tab closed while the worker was stopped
    }
  }
  const failures = Promise.all(
    restored.map(async (page) => {
      const entries = (await s.forPage(page.tabId, page.pageId)).map(toTabDiagnosis);
      // The tab may have moved on meanwhile; add only to the page these failures belong to.
      if (tabs.get(page.tabId)?.page.pageId === page.pageId) for (const entry of entries) tabs.add(page.tabId, entry);
      return page.tabId;
    }),
  );
  return { failures };
}
