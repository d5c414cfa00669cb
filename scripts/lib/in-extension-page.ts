// Functions that run inside one of Detour's own pages (serialised by the browser driver, so each is
// self-contained: no imports, no helpers from outside its body).
import type { TabReport } from './detour-browser';

type Api = typeof chrome;

/** Detour's badge, title and diagnoses for the tab whose URL is url; undefined until that tab exists. */
export async function readTabReport(url: string): Promise<TabReport | undefined> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome) as Api;
  const tabs = await api.tabs.query({});
  const tabId = tabs.find((tab) => tab.url === url)?.id;
  if (tabId === undefined) return undefined;
  const [badgeText, badgeColor, title, diagnoses] = await Promise.all([
    api.action.getBadgeText({ tabId }),
    api.action.getBadgeBackgroundColor({ tabId }),
    api.action.getTitle({ tabId }),
    api.runtime.sendMessage({ type: 'tab-diagnoses', tabId }),
  ]);
  return { tabId, badgeText, badgeColor: [...badgeColor], title, diagnoses };
}

/** True once the background answers messages, i.e. its top-level code (every listener) has run. */
export async function backgroundAnswers(): Promise<true | undefined> {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome) as Api;
  const answer: unknown = await api.runtime.sendMessage({ type: 'tab-diagnoses', tabId: -1 });
  return Array.isArray(answer) ? true : undefined;
}

/**
 * The popup's visible text once it has finished loading its data (the verdict, and the mirrors when asked),
 * told by its own words in whatever language the browser gives it.
 */
export function popupTextWhenReady(): string | undefined {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const { i18n } = (scope.browser ?? scope.chrome) as Api;
  const text = document.body?.innerText ?? '';
  const loading = [i18n.getMessage('popupLooking'), i18n.getMessage('popupMirrorsLooking')];
  return text.includes(i18n.getMessage('popupTitle')) && !loading.some((words) => text.includes(words)) ? text : undefined;
}
