import { useEffect, useState } from 'preact/hooks';
import type { StoreStatus, TabDiagnosis } from '../shared/messages';
import { sendMessage } from '../shared/send-message';
import { activeTabId } from './active-tab-id';
import { CommunityReports } from './community-reports';
import { DiagnosisItem } from './diagnosis-item';
import { OutageNotice } from './outage-notice';

type State = { kind: 'loading' } | { kind: 'ready'; entries: TabDiagnosis[] } | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [storage, setStorage] = useState<StoreStatus | undefined>();
  useEffect(() => {
    sendMessage<'store-status'>({ type: 'store-status' }).then(setStorage, () => setStorage(undefined));
    activeTabId()
      .then((tabId) => (tabId === undefined ? [] : sendMessage<'tab-diagnoses'>({ type: 'tab-diagnoses', tabId })))
      .then((entries) => setState({ kind: 'ready', entries }))
      .catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);

  return (
    <>
      <h1>Detour</h1>
      <OutageNotice />
      {storage?.problem && (
        <p class="status warning" role="status">
          {storage.problem}
        </p>
      )}
      {state.kind === 'loading' && <p class="status">Looking…</p>}
      {state.kind === 'error' && <p class="status error">Could not read this tab: {state.message}</p>}
      {state.kind === 'ready' && state.entries.length === 0 && (
        <p class="status empty">No failures seen on this page</p>
      )}
      {state.kind === 'ready' && <CommunityReports entries={state.entries} />}
      {state.kind === 'ready' && state.entries.length > 0 && (
        <ol class="diagnoses">
          {state.entries.map((entry, index) => (
            <DiagnosisItem key={`${entry.timeStamp}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
    </>
  );
}
