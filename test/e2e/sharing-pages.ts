// Functions run inside Detour's control page (serialised: each is self-contained). The options page is
// driven through its own DOM, found with chrome.extension.getViews, the way a person's clicks reach it:
// real click() and input events on the rendered controls, then the Save button.
type Api = typeof chrome;

/** Opens the options page the way the browser's menu does. */
export async function openOptionsPage(): Promise<true> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  await (scope.browser ?? scope.chrome)!.runtime.openOptionsPage();
  return true;
}

export interface OptionsChoice {
  sharing: boolean;
  collectorUrl: string;
}

/** Sets the options page's controls as a person would and clicks Save; returns the status line. */
export async function chooseInOptionsPage(choice: OptionsChoice): Promise<string | undefined> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const view = api.extension.getViews({ type: 'tab' }).find((w) => w.location.pathname.endsWith('/src/options/index.html'));
  const doc = view?.document;
  const share = doc?.querySelector<HTMLInputElement>('input[name="sharing"]');
  const url = doc?.querySelector<HTMLInputElement>('input[name="collectorUrl"]');
  const save = doc?.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (view === undefined || doc == null || share == null || url == null || save == null) return undefined; // not rendered yet
  if (share.checked !== choice.sharing) share.click();
  url.value = choice.collectorUrl;
  url.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 50)); // preact re-renders with the draft
  const before = doc.querySelector('[role="status"], [role="alert"]');
  save.click();
  for (let i = 0; i < 50; i += 1) {
    const line = doc.querySelector('[role="status"], [role="alert"]');
    if (line !== null && line !== before && line.textContent) return line.textContent; // this save's own line
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 'no status after saving';
}

/** The options page's visible text. */
export function optionsPageText(): string | undefined {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const view = api.extension.getViews({ type: 'tab' }).find((w) => w.location.pathname.endsWith('/src/options/index.html'));
  return view?.document.body.innerText;
}

/** The stored settings object. */
export async function storedSettings(): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  return ((await api.storage.local.get('settings')) as { settings?: unknown }).settings;
}

/** Fires sharing's alarm now, as the browser would on its minute. */
export async function fireSharingAlarm(name: string): Promise<true> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  await api.alarms.create(name, { when: Date.now() });
  return true;
}

/** The visible text of the tab showing url (a web page: read through Detour's scripting permission). */
export async function tabText(url: string): Promise<string | undefined> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (tab?.id === undefined) return undefined;
  const [result] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.body.innerText });
  return typeof result?.result === 'string' ? result.result : undefined;
}
