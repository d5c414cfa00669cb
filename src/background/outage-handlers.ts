// Answers the popup's outage question: the incidents open now in words, and the status line of the provider
// that concerns the tab (its headline failure's, else the open incident's).
import { summarizeIncident, type Incident } from '../core/incidents';
import type { Diagnosis } from '../core/types';
import type { OutageMessages } from '../shared/outage-messages';
import { say } from '../shared/say';
import type { MessageHandlers } from './message-handlers';
import type { StatusWatch } from './status-watch';

export interface OutageHandlerDeps {
  /** Settles once the tabs' pages are restored after a restart. */
  ready(): Promise<void>;
  incidents: { rebuilt(): Promise<void>; open(): Incident[] };
  statuses: Pick<StatusWatch, 'line'>;
  /** The failure the popup headlines for a tab (notice-context.ts): its status line is the one shown. */
  headline(tabId: number): { diagnosis: Diagnosis } | undefined;
}

export function outageHandlers({ ready, incidents, statuses, headline }: OutageHandlerDeps): Pick<MessageHandlers, keyof OutageMessages> {
  return {
    async outage({ tabId }) {
      if (!Number.isInteger(tabId)) throw new Error('outage: tabId must be an integer');
      await Promise.all([ready(), incidents.rebuilt()]);
      const open = incidents.open().reverse();
      // The status line concerns the headline's provider; with no failure on the tab, the open incident's.
      const lead = headline(tabId)?.diagnosis;
      const about: { provider: string | null; pop?: string } | undefined = lead ?? open[0];
      const status = about === undefined || about.provider === null ? undefined : await statuses.line(about.provider, about.pop);
      const summaries = open.map((incident) => say(summarizeIncident(incident)));
      return status === undefined ? { incidents: summaries } : { incidents: summaries, status, statusOf: lead !== undefined ? 'headline' : 'incident' };
    },
  };
}
