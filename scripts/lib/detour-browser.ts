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
  /**
   * Opens url in a new tab and waits for it to load. A page that fails to load at the network level
   * (refused, reset, unknown host) counts as loaded once the browser shows its error page.
   */
  visit(url: string): Promise<void>;
  /** Navigates the tab last opened by visit() to url, and waits for it to load (as visit does). */
  navigate(url: string): Promise<void>;
  /** Detour's view of the tab showing url (badge, title, diagnoses). */
  report(url: string): Promise<TabReport>;
  /** The popup for a tab, opened as a page: its text, and optionally a screenshot. */
  popup(tabId: number, screenshotPath?: string): Promise<string>;
  /**
   * Stops Detour's background as the browser does when it is idle, and resolves once it has stopped:
   * Chromium's service worker (CDP ServiceWorker.stopAllWorkers), Firefox's event page (its
   * terminateBackground, as about:debugging's "Terminate background script"). The next event wakes it.
   */
  stopBackground(): Promise<void>;
  /**
   * Runs fn in one of Detour's own extension pages (with Detour's permissions and its IndexedDB) and
   * returns its result. fn is serialised: it must be self-contained, and arg and the result plain data.
   */
  inExtensionPage<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  /**
   * Opens one of Detour's pages (path below the extension's root, with query, e.g. `src/popup/index.html?tabId=3`)
   * in a new tab of size viewport, in the given colour scheme, and keeps it open for the test to drive.
   */
  openExtensionPage(path: string, options?: ExtensionPageOptions): Promise<ExtensionPage>;
  close(): Promise<void>;
  /** Settles when the browser goes away (the person closed its window). */
  closed: Promise<void>;
}

export type ColorScheme = 'light' | 'dark';

export interface ExtensionPageOptions {
  viewport?: { width: number; height: number };
  /** prefers-color-scheme for this page (Chromium: emulated per page; Firefox: the content override pref). */
  colorScheme?: ColorScheme;
}

/** One of Detour's pages, open in a tab, driven as a person would (real clicks and keys through the driver). */
export interface ExtensionPage {
  /** Runs fn in the page (serialised: self-contained, plain data in and out). */
  evaluate<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  /** Evaluates a script's source text in the page (e.g. axe-core's axe.source). */
  addScript(source: string): Promise<void>;
  /** A real click on the first element matching selector. */
  click(selector: string): Promise<void>;
  /** Types text into the focused element, as keystrokes. */
  type(text: string): Promise<void>;
  /** Presses one key (e.g. 'Tab', 'Enter'). */
  press(key: string): Promise<void>;
  setColorScheme(scheme: ColorScheme): Promise<void>;
  /** The viewport, or with fullPage the whole scrollable page. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built extension: a directory such as dist/, or for Firefox also a packed .xpi (installed as a temporary add-on). */
  dist: string;
  /** Exact host names to resolve to 127.0.0.1, e.g. scenarioHosts() from scenarios.ts. */
  mapHosts: readonly string[];
  headless: boolean;
  /** Firefox only: extra preferences, e.g. a short `extensions.background.idle.timeout`. */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** Detour settings stored right after launch, over OFFLINE_SETTINGS (detour-settings.ts). */
  settings?: Record<string, unknown>;
  /**
   * Send https: traffic through this loopback CONNECT proxy and accept its self-signed certificates
   * (mirror-stand-ins.ts). Plain http: (the scenario pages) stays direct.
   */
  httpsProxyPort?: number;
  /** Firefox only: Detour allowed in private windows, as about:addons' "Run in Private Windows". */
  privateBrowsing?: boolean;
  /**
   * Chromium only: the browser's UI language as a _locales folder name (`de`, `pt_BR`), which chrome.i18n
   * then answers in. Firefox ESR here is en-US only (no language pack installed, none on a fresh CI machine
   * either), so Detour's Firefox UI is tested in English: launchFirefox refuses any other language.
   */
  lang?: string;
}

/** Detour's badge colours as the browser reports them ([r, g, b, a]): red = a provider's edge failed. */
export const BADGE_COLORS = { red: [217, 48, 37, 255], orange: [227, 116, 0, 255] } as const;
export type BadgeColor = keyof typeof BADGE_COLORS;

/** 'red', 'orange', or the rgba() of an unexpected colour. */
export function badgeColorName(rgba: readonly number[]): string {
  const named = (Object.keys(BADGE_COLORS) as BadgeColor[]).find((name) => BADGE_COLORS[name].every((value, i) => rgba[i] === value));
  return named ?? `rgba(${rgba.join(',')})`;
}

export const POPUP_PATH = 'src/popup/index.html';
export const POPUP_SIZE = { width: 420, height: 560 };

/** Failing subresources of a report, counted per (provider, host, failure); the page itself is left out. */
export interface ResourceCount {
  provider: string | null;
  host: string;
  failure: string;
  count: number;
}

export function countResources(report: Pick<TabReport, 'diagnoses'>): ResourceCount[] {
  const counts = new Map<string, ResourceCount>();
  for (const { type, host, diagnosis } of report.diagnoses) {
    if (type === 'main_frame') continue;
    const key = [diagnosis.provider, host, diagnosis.failure].join('\n');
    const entry = counts.get(key) ?? { provider: diagnosis.provider, host, failure: diagnosis.failure, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.host.localeCompare(b.host) || b.count - a.count || a.failure.localeCompare(b.failure));
}

/** True when a navigation failed at the network level: the tab then shows the browser's error page. */
export function isNetworkError(error: unknown): boolean {
  return /net::ERR_|NS_ERROR_/.test(String(error instanceof Error ? error.message : error));
}

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
