// What a test or `npm start` can do with a browser that has Detour loaded, whichever browser it is.
import type { TabDiagnosis } from '../../src/shared/messages';

export interface TabReport {
  tabId: number;
  badgeText: string;
  /** [r, g, b, a] */
  badgeColor: number[];
  title: string;
  /** As the background answers the popup's `tab-diagnoses` message. */
  diagnoses: TabDiagnosis[];
}

export interface DetourBrowser {
  name: 'chromium' | 'firefox';
  /** Opens url in a new tab and waits for it to load. */
  visit(url: string): Promise<void>;
  /** Navigates the tab last opened by visit() to url, and waits for it to load. */
  navigate(url: string): Promise<void>;
  /** Detour's view of the tab showing url (badge, title, diagnoses). */
  report(url: string): Promise<TabReport>;
  /** The popup for a tab, opened as a page: its text, and optionally a screenshot. */
  popup(tabId: number, screenshotPath?: string): Promise<string>;
  close(): Promise<void>;
  /** Settles when the browser goes away (the person closed its window). */
  closed: Promise<void>;
}

export interface LaunchOptions {
  dist: string;
  /** Host names to resolve to 127.0.0.1 (e.g. '*.example'). */
  mapHosts: string[];
  headless: boolean;
}

export const POPUP_PATH = 'src/popup/index.html';
export const POPUP_SIZE = { width: 420, height: 560 };

/** Polls fn until it returns something other than undefined, or throws after timeoutMs with the last error. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
