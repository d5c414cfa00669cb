// Functions run inside Detour's control page (serialised: each is self-contained), and chooseByHand, which
// drives the options page with real clicks and keystrokes through the driver: Firefox grants the data
// collection sharing asks for only while it handles the person's own input.
import { waitFor, type ExtensionPage } from '../../scripts/lib/detour-browser';

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

/** Sets the sharing switch and collector as a person would (real clicks and keys) and saves; returns the save's message. */
export async function chooseByHand(page: ExtensionPage, choice: OptionsChoice): Promise<string> {
  const sharing = await waitFor('the sharing switch', () => page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="sharing"]')?.checked, undefined));
  if (sharing !== choice.sharing) await page.click('input[name="sharing"]');
  await page.click('input[name="collectorUrl"]');
  await page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="collectorUrl"]')?.select(), undefined);
  if (choice.collectorUrl === '') await page.press('Backspace');
  else await page.type(choice.collectorUrl);
  // What the controls show now is what preact's draft holds once it has re-rendered.
  await waitFor('the controls to show the choice', () =>
    page.evaluate(({ sharing, collectorUrl }) => {
      const shown = document.querySelector<HTMLInputElement>('input[name="sharing"]')?.checked === sharing && document.querySelector<HTMLInputElement>('input[name="collectorUrl"]')?.value === collectorUrl;
      return shown ? new Promise<true>((resolve) => setTimeout(() => resolve(true), 50)) : undefined;
    }, choice));
  // Marks the last save's message, so this save's own is told apart.
  await page.evaluate(() => document.querySelector('[data-testid="save-message"]')?.setAttribute('data-seen', ''), undefined);
  await page.click('button[type="submit"]');
  return waitFor('the save message', () => page.evaluate(() => document.querySelector('[data-testid="save-message"]:not([data-seen])')?.textContent || undefined, undefined));
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
