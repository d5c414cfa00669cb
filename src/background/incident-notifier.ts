// One desktop notification per incident, when the person wants them: also across worker restarts (an
// incident rebuilt from the store keeps its id, and the ids notified are kept in session storage).
// Notifications are shown one after another, in the order incidents opened.
import { summarizeIncident, type Incident } from '../core/incidents';
import { t } from '../shared/i18n';
import { say } from '../shared/say';

const NOTIFIED_KEY = 'detourNotifiedIncidents';
const REMEMBERED = 50;

export interface IncidentNotifierDeps {
  api: Pick<typeof chrome, 'notifications' | 'runtime'> & { storage: { session: Pick<chrome.storage.StorageArea, 'get' | 'set'> } };
  /** Whether the person wants notifications now (setting `notifyIncidents`). */
  wanted(): Promise<boolean>;
  report(what: string): (error: unknown) => void;
}

export function incidentNotifier({ api, wanted, report }: IncidentNotifierDeps): (incident: Incident) => void {
  let showing = Promise.resolve();
  async function notify(incident: Incident): Promise<void> {
    if (!(await wanted()) || api.notifications === undefined) return;
    const stored = (await api.storage.session.get(NOTIFIED_KEY)) as Record<string, unknown>;
    const ids = Array.isArray(stored[NOTIFIED_KEY]) ? (stored[NOTIFIED_KEY] as string[]) : [];
    if (ids.includes(incident.id)) return;
    await api.storage.session.set({ [NOTIFIED_KEY]: [...ids, incident.id].slice(-REMEMBERED) });
    await api.notifications.create(`detour:${incident.id}`, {
      type: 'basic',
      iconUrl: api.runtime.getURL('icons/icon-128.png'),
      title: t('outageNotificationTitle'),
      message: say(summarizeIncident(incident)),
    });
  }
  return (incident) => void (showing = showing.then(() => notify(incident)).catch(report('notifying an incident')));
}
