// The popup's lead while a provider looks down: the open incidents in words, and the incident
// provider's status line when the tab has no failure of its own. The status line of the headline's provider
// is not here: it sits quietly below the headline (main-view.tsx).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OutageView } from '../shared/outage-messages';
import { sendMessage } from '../shared/send-message';
import './outage-notice.css';

/** Asks the background what is down and which status line concerns this tab, once `ask` is true. */
export function useOutage(tabId: number | undefined, ask: boolean): OutageView | undefined {
  const [view, setView] = useState<OutageView | undefined>();
  useEffect(() => {
    if (!ask) return;
    sendMessage<'outage'>({ type: 'outage', tabId: tabId ?? -1 }).then(setView, () => setView(undefined));
  }, [ask, tabId]);
  return view;
}

export function OutageNotice({ view }: { view: OutageView | undefined }) {
  if (view === undefined || view.incidents.length === 0) return null;
  return (
    <section class="outage" aria-label={t('popupOutagesLabel')}>
      {view.incidents.map((summary) => (
        <p key={summary} class="incident" role="alert">
          {summary}
        </p>
      ))}
      {view.status !== undefined && view.statusOf === 'incident' && <p class="provider-status quiet">{view.status}</p>}
    </section>
  );
}
