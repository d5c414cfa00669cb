// The popup: the verdict first (one question to the background), everything else asked for after it. A History
// button switches to the history view, loaded only when asked for.
import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isPhrase } from '../core/explain';
import { t } from '../shared/i18n';
import type { StoreStatus, TabDiagnosis } from '../shared/messages';
import { say } from '../shared/say';
import { sendMessage } from '../shared/send-message';
import { extensionApi } from '../shared/extension-api';
import { activeTabId } from './active-tab-id';
import { MainView } from './main-view';
import { OutageNotice, useOutage } from './outage-notice';

type State = { kind: 'loading' } | { kind: 'ready'; tabId: number | undefined; pageUrl: string; entries: TabDiagnosis[] } | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [storage, setStorage] = useState<StoreStatus | undefined>();
  const [History, setHistory] = useState<FunctionComponent | undefined>();
  const [view, setView] = useState<'main' | 'history'>('main');
  // A layout effect runs as soon as the first render is done; useEffect would wait a frame for the paint of
  // "Looking…" before asking (10–15 ms of the bench's time to verdict).
  useLayoutEffect(() => {
    activeTabId()
      .then(async (tabId) => {
        if (tabId === undefined) return { tabId, pageUrl: '', entries: [] };
        // Both at once: the page's address (to say "Parts of shop.example are failing") must not delay the verdict.
        const [entries, pageUrl] = await Promise.all([sendMessage<'tab-diagnoses'>({ type: 'tab-diagnoses', tabId }), tabUrl(tabId)]);
        return { tabId, pageUrl, entries };
      })
      .then(({ tabId, pageUrl, entries }) => setState({ kind: 'ready', tabId, pageUrl, entries: Array.isArray(entries) ? entries : [] }))
      .catch((error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);
  // The rest is asked for once the verdict is in: the background answers 'tab-diagnoses' first.
  const answered = state.kind !== 'loading';
  const outage = useOutage(state.kind === 'ready' ? state.tabId : undefined, answered);
  useEffect(() => {
    if (answered) sendMessage<'store-status'>({ type: 'store-status' }).then(setStorage, () => setStorage(undefined));
  }, [answered]);
  // Switching views replaces the button that was clicked: keep the keyboard focus on its replacement.
  const switched = useRef(false);
  useEffect(() => {
    if (switched.current) document.getElementById(view === 'main' ? 'show-history' : 'show-main')?.focus();
    switched.current = true;
  }, [view]);
  const showHistory = () => {
    setView('history');
    if (History === undefined) void import('./history/history-view').then((module) => setHistory(() => module.HistoryView));
  };

  return (
    <>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        {view === 'main' ? (
          <button type="button" id="show-history" class="small" aria-label={t('popupShowHistoryName')} onClick={showHistory}>
            {t('popupShowHistory')}
          </button>
        ) : (
          <button type="button" id="show-main" class="small" aria-label={t('popupBackName')} onClick={() => setView('main')}>
            {t('popupBack')}
          </button>
        )}
      </header>
      {view === 'history' && (History === undefined ? <p class="status">{t('popupLooking')}</p> : <History />)}
      {/* Kept mounted while the history shows, so coming back does not ask for the mirrors again. */}
      <div class="main-view" hidden={view !== 'main'}>
        <OutageNotice view={outage} />
        {isPhrase(storage?.problem) && (
          <p class="status warning" role="status">
            {say(storage.problem)}
          </p>
        )}
        {state.kind === 'loading' && <p class="status">{t('popupLooking')}</p>}
        {state.kind === 'error' && <p class="status error">{t('popupReadError', state.message)}</p>}
        {state.kind === 'ready' && <MainView tabId={state.tabId} pageUrl={state.pageUrl} entries={state.entries} status={outage?.statusOf === 'headline' ? outage.status : undefined} />}
      </div>
    </>
  );
}

/** The tab's address, or '' when the browser does not tell (no host permission for it). */
async function tabUrl(tabId: number): Promise<string> {
  try {
    const tab = await extensionApi().tabs.get(tabId);
    return typeof tab?.url === 'string' ? tab.url : '';
  } catch {
    return '';
  }
}
