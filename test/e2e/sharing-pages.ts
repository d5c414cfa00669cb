// Functions run inside Detour's control page (serialised: each is self-contained), and chooseByHand, which
// drives the options page with real clicks and keystrokes through the driver: Firefox grants the data
// collection sharing asks for only while it handles the person's own input.
import { waitFor, type ExtensionPage } from '../../scripts/lib/detour-browser';
import { markSavesSeen, newSaveWords } from './options-pages';

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

/**
 * Sets the collector and the sharing switch as a person would (real clicks and keys); each saves itself. Returns
 * the words beside the switch once its save is done — or, when the switch stays as it is, beside the address.
 */
export async function chooseByHand(page: ExtensionPage, choice: OptionsChoice): Promise<string> {
  const sharing = await waitFor('the sharing switch', () => page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="sharing"]')?.checked, undefined));
  await markSavesSeen(page); // so that this choice's own words are told apart
  await page.click('input[name="collectorUrl"]');
  await page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="collectorUrl"]')?.select(), undefined);
  if (choice.collectorUrl === '') await page.press('Backspace');
  else await page.type(choice.collectorUrl);
  await waitFor('the address to show the choice', () =>
    page.evaluate((url) => (document.querySelector<HTMLInputElement>('input[name="collectorUrl"]')?.value === url ? true : undefined), choice.collectorUrl));
  if (sharing === choice.sharing) {
    await page.press('Enter'); // saves the address now instead of after the pause in typing
    return newSaveWords(page, '#collector-url-status');
  }
  await page.click('input[name="sharing"]');
  return newSaveWords(page, '#sharing-on-status');
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
