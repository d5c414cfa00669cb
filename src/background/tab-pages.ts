// Each tab's current page load and the failures seen in it, in memory. The store keeps the same in
// IndexedDB; after the worker restarts, restore() rebuilds this from it.
import type { TabDiagnosis } from '../shared/messages';
import type { FailureRecord, PageRecord } from '../store/schema';
import { pairKey } from '../core/badge';


/** A tab's page load: the same value the store keeps (its address trimmed there, whole here). */
export type PageLoad = PageRecord;

/** The one way a recorded failure becomes an entry of its tab. */
export function toTabDiagnosis(record: FailureRecord): TabDiagnosis {
  return { id: record.id, url: record.url, host: record.host, type: record.type, timeStamp: record.time, diagnosis: record.diagnosis };
}

export interface TabPage {
  page: PageLoad;
  /** At most MAX_TAB_ENTRIES; past that, alike failures are aggregated into one entry's `repeat`. */
  entries: TabDiagnosis[];
  /** Position in `entries` by id, (provider, host) pairs and URLs that failed: constant work per failure. */
  byId: Map<string, number>;
  failedPairs: Set<string>;
  failedUrls: Set<string>;
  /** Alike failures past the bound, by aggregation key → the entry that stands for them. */
  alike: Map<string, TabDiagnosis>;
  /**
   * What answered healthily after failing on this page, with when: they no longer count. Keyed by
   * (provider, host) pair, or by (provider, URL) for the page and the parts it needs (resourceKey).
   */
  recovered: Map<string, number>;
}

/**
 * A page may fire tens of thousands of failing requests: past this many listed failures, one more that is
 * like a listed one (same provider, host, fault, status, kind) only adds to that one's count, and is neither
 * listed again nor stored. Unlike ones are still listed, up to twice the bound; past that, none is.
 */
export const MAX_TAB_ENTRIES = 1000;

/** The key failures are aggregated by past the bound. */
export function alikeKey(entry: Pick<TabDiagnosis, 'host' | 'type' | 'diagnosis'>): string {
  const { provider, failure, status, code } = entry.diagnosis;
  return [provider ?? '', entry.host, failure, status ?? code ?? '', entry.type ?? ''].join('\n');
}



export interface TabPages {
  get(tabId: number): TabPage | undefined;
  /** A new page started loading in the tab: its earlier failures no longer affect it. */
  start(page: PageLoad): TabPage;
  restore(page: PageLoad, entries: TabDiagnosis[]): void;
  /**
   * Adds or (same id) replaces an entry. Returns false when the failure was only counted into an alike
   * entry (the page is past MAX_TAB_ENTRIES): the caller then stores nothing.
   */
  put(tabId: number, entry: TabDiagnosis): boolean;
  /** Adds an entry unless one with its id is there (restoring from the store: what is in memory is newer). */
  add(tabId: number, entry: TabDiagnosis): void;
  drop(tabId: number): void;
}

export function tabPages(): TabPages {
  const byTab = new Map<number, TabPage>();
  const fresh = (page: PageLoad, entries: TabDiagnosis[] = []): TabPage => {
    const state: TabPage = { page, entries: [], byId: new Map(), failedPairs: new Set(), failedUrls: new Set(), alike: new Map(), recovered: new Map() };
    for (const entry of entries) add(state, entry);
    return state;
  };
  return {
    get: (tabId) => byTab.get(tabId),
    start(page) {
      const state = fresh(page);
      byTab.set(page.tabId, state);
      return state;
    },
    restore(page, entries) {
      if (!byTab.has(page.tabId)) byTab.set(page.tabId, fresh(page, entries));
    },
    put(tabId, entry) {
      const state = byTab.get(tabId);
      if (state === undefined) return false;
      const at = state.byId.get(entry.id);
      if (at !== undefined) {
        state.entries[at] = { ...entry, ...(state.entries[at]?.repeat === undefined ? {} : { repeat: state.entries[at]?.repeat }) };
        note(state, entry);
        return true;
      }
      return add(state, entry);
    },
    add(tabId, entry) {
      const state = byTab.get(tabId);
      if (state !== undefined && !state.byId.has(entry.id)) add(state, entry);
    },
    drop: (tabId) => void byTab.delete(tabId),
  };
}

function add(state: TabPage, entry: TabDiagnosis): boolean {
  const key = alikeKey(entry);
  if (state.entries.length >= MAX_TAB_ENTRIES) {
    const same = state.alike.get(key);
    if (same !== undefined || state.entries.length >= 2 * MAX_TAB_ENTRIES) {
      const into = same ?? (state.entries[state.entries.length - 1] as TabDiagnosis);
      into.repeat = (into.repeat ?? 1) + 1;
      return false;
    }
  }
  state.byId.set(entry.id, state.entries.length);
  state.entries.push(entry);
  if (!state.alike.has(key)) state.alike.set(key, entry);
  note(state, entry);
  return true;
}

function note(state: TabPage, entry: TabDiagnosis): void {
  state.failedPairs.add(pairKey(entry.diagnosis.provider ?? '', entry.host));
  state.failedUrls.add(entry.url);
}
