// Each tab's current page load and the failures seen in it, in memory. The store keeps the same in
// IndexedDB; after the worker restarts, restore() rebuilds this from it.
import type { TabDiagnosis } from '../shared/messages';

export interface PageLoad {
  tabId: number;
  pageId: string;
  url: string;
  start: number;
}

export interface TabPage {
  page: PageLoad;
  entries: TabDiagnosis[];
  /**
   * What answered healthily after failing on this page, with when: they no longer count. Keyed by
   * (provider, host) pair, or by (provider, URL) for the page and the parts it needs (resourceKey).
   */
  recovered: Map<string, number>;
}

/** The key of a (provider, host) pair, as the badge counts them. */
export function pairKey(provider: string, host: string): string {
  return `${provider}\n${host}`;
}

/** The key of one request's URL at a provider: the page and the parts it need recover only by themselves. */
export function resourceKey(provider: string, url: string): string {
  return `${provider}\n\n${url}`;
}

export interface TabPages {
  get(tabId: number): TabPage | undefined;
  /** A new page started loading in the tab: its earlier failures no longer affect it. */
  start(page: PageLoad): TabPage;
  restore(page: PageLoad, entries: TabDiagnosis[]): void;
  /** Adds or (same id) replaces an entry. */
  put(tabId: number, entry: TabDiagnosis): void;
  /** Adds an entry unless one with its id is there (restoring from the store: what is in memory is newer). */
  add(tabId: number, entry: TabDiagnosis): void;
  drop(tabId: number): void;
}

export function tabPages(): TabPages {
  const byTab = new Map<number, TabPage>();
  return {
    get: (tabId) => byTab.get(tabId),
    start(page) {
      const state: TabPage = { page, entries: [], recovered: new Map() };
      byTab.set(page.tabId, state);
      return state;
    },
    restore(page, entries) {
      if (!byTab.has(page.tabId)) byTab.set(page.tabId, { page, entries, recovered: new Map() });
    },
    put(tabId, entry) {
      const state = byTab.get(tabId);
      if (state === undefined) return;
      const at = state.entries.findIndex((e) => e.id === entry.id);
      if (at >= 0) state.entries[at] = entry;
      else state.entries.push(entry);
    },
    add(tabId, entry) {
      const state = byTab.get(tabId);
      if (state !== undefined && !state.entries.some((e) => e.id === entry.id)) state.entries.push(entry);
    },
    drop: (tabId) => void byTab.delete(tabId),
  };
}
