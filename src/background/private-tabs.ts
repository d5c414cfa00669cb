// Which tabs belong to private-browsing windows. What they show is kept in memory only: never written to
// IndexedDB (failures, pages, learned hosts) and never queued for sharing (the outbox is on disk too).
// Known at once from the tab events and, in Firefox, from each request's own `incognito`; a tab not known
// yet is asked for, and one that cannot be asked (it closed) counts as private: keeping too little is the
// safe mistake.
export interface PrivateTabs {
  /** What is known now; undefined for a tab not seen yet. */
  known(tabId: number): boolean | undefined;
  isPrivate(tabId: number): Promise<boolean>;
  note(tabId: number, incognito: boolean | undefined): void;
  forget(tabId: number): void;
}

export interface PrivateTabsDeps {
  get(tabId: number): Promise<{ incognito?: boolean } | undefined>;
  query(filter: Record<string, never>): Promise<{ id?: number; incognito?: boolean }[]>;
}

export function privateTabs(tabs: PrivateTabsDeps): PrivateTabs {
  const incognito = new Map<number, boolean>();
  const note = (tabId: number, value: boolean | undefined) => {
    if (typeof value === 'boolean') incognito.set(tabId, value);
  };
  // The tabs open when the worker started; asked once, before the first answer that depends on it.
  const listed = tabs.query({}).then(
    (all) => all.forEach((tab) => tab.id !== undefined && !incognito.has(tab.id) && note(tab.id, tab.incognito)),
    () => undefined,
  );
  return {
    known: (tabId) => incognito.get(tabId),
    async isPrivate(tabId) {
      if (!incognito.has(tabId)) await listed;
      const known = incognito.get(tabId);
      if (known !== undefined) return known;
      const tab = await tabs.get(tabId).catch(() => undefined);
      note(tabId, tab?.incognito);
      return tab?.incognito !== false;
    },
    note,
    forget: (tabId) => void incognito.delete(tabId),
  };
}
