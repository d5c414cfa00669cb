// When a page's own request failed at a provider, read the error page's title and the start of its text
// (on that tab only) once it has loaded, and classify again: the page tells Cloudflare's own 500 from an
// origin's when the headers alone cannot.
import { keptAddress } from '../core/kept-address';
import type { Diagnosis, Observation } from '../core/types';
import type { FailureRecord } from '../store/schema';
import type { TabObservation } from './to-observation';

export interface PageText { href: string; title: string; text: string }

export interface ReadPageDeps {
  classify(observation: Observation): Diagnosis;
  /** Runs in the page; returns what it shows. */
  readTab(tabId: number): Promise<PageText | undefined>;
  /** Whether the tab has finished loading already (its 'complete' may have come before the failure was seen). */
  tabComplete(tabId: number): Promise<boolean>;
  onReclassified(record: FailureRecord): void;
}

export interface PageReader {
  expect(record: FailureRecord, observation: TabObservation): void;
  /** The tab finished loading: read it if a failure there is waiting for its text. */
  loaded(tabId: number): Promise<void>;
  forget(tabId: number): void;
}

export function pageReader({ classify, readTab, tabComplete, onReclassified }: ReadPageDeps): PageReader {
  const waiting = new Map<number, { record: FailureRecord; observation: TabObservation }>();
  const reader: PageReader = {
    expect(record, observation) {
      waiting.set(record.tabId, { record, observation });
      tabComplete(record.tabId)
        .then((complete) => (complete ? reader.loaded(record.tabId) : undefined))
        .catch(() => {}); // the tab closed: nothing to read
    },
    forget: (tabId) => void waiting.delete(tabId),
    async loaded(tabId) {
      const pending = waiting.get(tabId);
      if (pending === undefined) return;
      waiting.delete(tabId);
      const page = await readTab(tabId).catch(() => undefined); // a browser error page cannot be read
      if (page === undefined || !sameDocument(page.href, pending.record.url)) return;
      const diagnosis = classify({ ...pending.observation, title: page.title, bodyText: page.text });
      if (JSON.stringify(diagnosis) === JSON.stringify(pending.record.diagnosis)) return;
      onReclassified({ ...pending.record, provider: diagnosis.provider, failure: diagnosis.failure, diagnosis });
    },
  };
  return reader;
}

/** The page still shows the failed document (stored addresses have no query: compare what both keep). */
function sameDocument(href: string, url: string): boolean {
  return keptAddress(href) === keptAddress(url);
}

/** Injected into the failing page: its title, visible text and the start of its markup, bounded. */
export function pageTextInPage(): PageText {
  const text = document.body ? document.body.innerText.slice(0, 16_384) : '';
  const html = document.documentElement ? document.documentElement.outerHTML.slice(0, 48_000) : '';
  return { href: location.href, title: document.title.slice(0, 1024), text: `${text}\n${html}` };
}
