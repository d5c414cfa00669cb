// Functions run inside Detour's options page (serialised by the driver: each is self-contained), typing
// into one of its fields as a person does, and waiting for the words a change's save puts beside it.
import { waitFor, type ExtensionPage } from '../../scripts/lib/detour-browser';

export interface OptionsState {
  /** Section selectors not on the page (yet). */
  missing: string[];
  /** The lines of the "repaired" notice. */
  repaired: string[];
  /** The gateway list as shown, in order. */
  gateways: string[];
  /** A field's error text by its input id (from the input's aria-describedby). */
  fieldErrors: Record<string, string>;
}

export function optionsState(sections: string[]): OptionsState | undefined {
  if (document.querySelector('h1') === null) return undefined;
  const missing = sections.filter((selector) => document.querySelector(selector) === null);
  const repaired = [...document.querySelectorAll('#settings-repaired li')].map((li) => li.textContent?.trim() ?? '');
  const gateways = [...document.querySelectorAll('#gateways .gateway-origin, #gateways [data-gateway-origin]')].map((el) => el.textContent?.trim() ?? '');
  const fieldErrors: Record<string, string> = {};
  for (const input of document.querySelectorAll<HTMLInputElement>('input[aria-invalid="true"]')) {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    fieldErrors[input.id] = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').filter((text) => /error/.test(text) || text !== '').join(' | ');
  }
  return { missing, repaired, gateways, fieldErrors };
}

/** Each tested gateway's result line: its text, and whether it is shown as a problem. */
export function gatewayResults(): Record<string, { text: string; problem: boolean }> {
  const out: Record<string, { text: string; problem: boolean }> = {};
  for (const element of document.querySelectorAll<HTMLElement>('#gateways [data-gateway]')) {
    const text = element.textContent?.trim() ?? '';
    // 'testing' is neither answer nor problem yet.
    if (element.classList.contains('problem')) out[element.dataset.gateway ?? ''] = { text, problem: true };
    else if (!/testing/i.test(text)) out[element.dataset.gateway ?? ''] = { text, problem: false };
  }
  return out;
}

/** Clicks the field, selects what it holds and types text over it, as keystrokes. */
export async function typeInto(page: ExtensionPage, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.select(), selector);
  await page.type(text);
}

/** Marks the words of every save so far, so that the next save's own are told apart (each is a new element). */
export async function markSavesSeen(page: ExtensionPage): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('[data-testid="save-message"]').forEach((element) => element.setAttribute('data-seen', '')), undefined);
}

/** The words of the newest save shown in status (a field's or a switch's status line), once there are some. */
export function newSaveWords(page: ExtensionPage, status: string): Promise<string> {
  return waitFor(`the save's words in ${status}`, () =>
    page.evaluate((selector) => document.querySelector(`${selector} [data-testid="save-message"]:not([data-seen])`)?.textContent || undefined, status));
}
