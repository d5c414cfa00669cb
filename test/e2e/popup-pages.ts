// Functions run inside Detour's popup, history view or control page (serialised by the driver: each is
// self-contained, no imports or helpers from outside its body).
type Api = typeof chrome;

export interface MirrorLink {
  kind: string;
  href: string;
  target: string;
  text: string;
  /** The text of the suggestion's whole entry (why, freshness, warning). */
  entry: string;
}

export interface PopupState {
  verdict: string;
  mirrors: MirrorLink[];
  /** Every element the agreed selectors name, present or not. */
  controls: Record<string, boolean>;
  text: string;
}

/** The popup as it is now (verdict '' until the headline is shown). */
export function popupState(): PopupState {
  const verdict = document.querySelector('#verdict')?.textContent?.trim() ?? '';
  const mirrors = [...document.querySelectorAll<HTMLAnchorElement>('#mirrors a[data-mirror-kind]')].map((a) => ({
    kind: a.dataset.mirrorKind ?? '',
    href: a.href,
    target: a.target,
    text: a.textContent?.trim() ?? '',
    entry: (a.closest('li') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '',
  }));
  const controls: Record<string, boolean> = {};
  for (const selector of ['#retry', '#copy-report', '#copy-request-id', '#show-history', '#mirrors']) controls[selector] = document.querySelector(selector) !== null;
  return { verdict, mirrors, controls, text: document.body.innerText };
}

/** The URL (or the URL being loaded) of every tab. */
export async function tabUrls(): Promise<string[]> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const tabs = await api.tabs.query({});
  return tabs.flatMap((tab) => [tab.url, tab.pendingUrl].filter((url): url is string => typeof url === 'string'));
}

export interface HistoryState {
  rows: string[];
  /** The text shown instead of rows (nothing stored, nothing matches), if any. */
  empty: string;
  providers: string[];
  chart: boolean;
  controls: Record<string, boolean>;
}

/** The history view: its list's rows (text), the provider choices, whether the chart is drawn. */
export function historyState(): HistoryState | undefined {
  const history = document.querySelector('#history');
  if (history === null) return undefined;
  const list = document.querySelector('#history-list');
  const empty = history.querySelector('.history-empty')?.textContent?.trim() ?? '';
  if (list === null && empty === '') return undefined; // still loading
  const rows = [...(list?.querySelectorAll('li') ?? [])].map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
  const select = document.querySelector<HTMLSelectElement>('#history-provider');
  const providers = select ? [...select.options].map((option) => option.value) : [];
  const chart = document.querySelector('#history-chart');
  const controls: Record<string, boolean> = {};
  for (const selector of ['#history-provider', '#history-site', '#history-chart', '#export-json', '#export-csv', '#clear-history']) controls[selector] = document.querySelector(selector) !== null;
  return { rows, empty, providers, chart: chart !== null && chart.getBoundingClientRect().height > 0, controls };
}

/** Chooses a provider in #history-provider as a person's selection does (change event). */
export function chooseHistoryProvider(value: string): boolean {
  const select = document.querySelector<HTMLSelectElement>('#history-provider');
  if (select === null) return false;
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Whether the page is in dark colours: light text on it (a transparent background says nothing on its own). */
export function looksDark(): { dark: boolean; background: string; color: string } {
  const style = getComputedStyle(document.body);
  const channels = (style.color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const luminance = channels.length === 3 ? (0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!) / 255 : 0;
  return { dark: luminance > 0.5, background: style.backgroundColor, color: style.color };
}

/** Elements whose content is wider than their box (text cut off or a horizontal scrollbar), by selector-ish name. */
export function overflowing(): string[] {
  const out: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const clipped = getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
    if (box.right > width + 1 || clipped) out.push(`${name} (${Math.round(box.right)}px > ${width}px${clipped ? `, scrollWidth ${element.scrollWidth} > ${element.clientWidth}` : ''})`);
  }
  return out;
}

/** The smallest computed font size (px) of any visible element with text of its own, and where. */
export function smallestText(): { px: number; where: string } {
  let smallest = { px: Number.POSITIVE_INFINITY, where: '' };
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (!ownText || element.closest('.visually-hidden, [hidden]') !== null) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const px = Number.parseFloat(getComputedStyle(element).fontSize);
    if (px < smallest.px) smallest = { px, where: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"` };
  }
  return smallest;
}

/** The focused element, as '#id', 'a[data-mirror-kind=…] <href>' or its tag. */
export function focused(): string {
  const element = document.activeElement as HTMLElement | null;
  if (element === null || element === document.body) return 'body';
  if (element instanceof HTMLAnchorElement && element.dataset.mirrorKind !== undefined) return `mirror ${element.href}`;
  return element.id ? `#${element.id}` : element.tagName.toLowerCase();
}

/** The live status text next to a copy button (e.g. "Copied"). */
export function copyState(buttonSelector: string): string {
  return document.querySelector(buttonSelector)?.closest('.copy')?.querySelector('.copy-state')?.textContent?.trim() ?? '';
}

/**
 * Records the files the page saves through `<a download>.click()` instead of letting the browser download
 * them (the export's content is what is checked; the browser's download machinery is not Detour's).
 */
export function recordDownloads(): true {
  const scope = window as unknown as { detourDownloads?: Promise<{ filename: string; text: string }>[] };
  scope.detourDownloads = [];
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.download === '') return;
    const { download: filename, href } = this;
    scope.detourDownloads?.push(fetch(href).then(async (response) => ({ filename, text: await response.text() })));
  };
  return true;
}

export async function recordedDownloads(): Promise<{ filename: string; text: string }[]> {
  const scope = window as unknown as { detourDownloads?: Promise<{ filename: string; text: string }>[] };
  return Promise.all(scope.detourDownloads ?? []);
}

/** Signs of a string that did not go through _locales properly: a $1 left in, a __MSG_ key, a stray undefined. */
export function leftovers(text: string): string[] {
  return text.match(/\$\d|__MSG_\w*|\bundefined\b|\bNaN\b|\[object Object\]/g) ?? [];
}
