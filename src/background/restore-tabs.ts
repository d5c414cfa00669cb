// After the worker restarts, rebuild each open tab's current page and failures from the store.
import type { FailureStore } from '../store/schema';
import { toTabDiagnosis } from './message-handlers';
import type { TabPages } from './tab-pages';

export interface RestoreTabsDeps {
  store: Promise<FailureStore>;
  tabs: TabPages;
  openTabIds(): Promise<number[]>;
}

/** Returns the tabs it restored. Pages of tabs that no longer exist are forgotten. */
export async function restoreTabs({ store, tabs, openTabIds }: RestoreTabsDeps): Promise<number[]> {
  const s = await store;
  const [pages, open] = await Promise.all([s.getPages(), openTabIds().then((ids) => new Set(ids))]);
  const restored: number[] = [];
  for (const page of pages) {
    if (!open.has(page.tabId)) {
      await s.removePage(page.tabId);
      continue;
    }
    tabs.restore(page, (await s.forPage(page.tabId, page.pageId)).map(toTabDiagnosis));
    restored.push(page.tabId);
  }
  return restored;
}
