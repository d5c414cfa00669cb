// The popup's lead while a provider looks down (issue 5): the open incidents in words, then the status
// line of the provider behind this tab's failures (or of the incident).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OutageView } from '../shared/outage-messages';
import { sendMessage } from '../shared/send-message';
import { activeTabId } from './active-tab-id';
import './outage-notice.css';

export function OutageNotice() {
  const [view, setView] = useState<OutageView | undefined>();
  useEffect(() => {
    activeTabId()
      .then((tabId) => sendMessage<'outage'>({ type: 'outage', tabId: tabId ?? -1 }))
      .then(setView, () => setView(undefined));
  }, []);
  if (view === undefined || (view.incidents.length === 0 && view.status === undefined)) return null;
  return (
    <section class="outage" aria-label={t('popupOutagesLabel')}>
      {view.incidents.map((summary) => (
        <p key={summary} class="incident" role="alert">
          {summary}
        </p>
      ))}
      {view.status !== undefined && <p class="provider-status">{view.status}</p>}
    </section>
  );
}
