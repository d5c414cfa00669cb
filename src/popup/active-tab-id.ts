import { extensionApi } from '../shared/extension-api';

/**
 * The tab the popup describes: the active tab of the popup's window, or `?tabId=N` when the popup
 * is opened as a page (tests and screenshots open it in a tab of its own).
 */
export async function activeTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId') ?? Number.NaN);
  if (Number.isInteger(fromQuery)) return fromQuery;
  const [tab] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
