// Per-tab list of classified failures, in memory. The IndexedDB store replaces this later;
// callers only see this small interface.
import type { TabDiagnosis } from '../shared/messages';

export interface TabDiagnoses {
  /** Forget a tab's list (a new page started loading in it, or it closed). */
  reset(tabId: number): void;
  record(tabId: number, entry: TabDiagnosis): void;
  list(tabId: number): TabDiagnosis[];
}

export function tabDiagnoses(): TabDiagnoses {
  const byTab = new Map<number, TabDiagnosis[]>();
  return {
    reset: (tabId) => void byTab.delete(tabId),
    record(tabId, entry) {
      const entries = byTab.get(tabId) ?? [];
      entries.push(entry);
      byTab.set(tabId, entries);
    },
    list: (tabId) => [...(byTab.get(tabId) ?? [])],
  };
}
