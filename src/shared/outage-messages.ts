// The popup's outage question: what is down right now, and what the provider's status page says.

export interface OutageView {
  /** Open incidents in words (summarizeIncident, rendered by the background in the browser's language), most recent first. */
  incidents: string[];
  /** The status line of the provider behind this tab's headline failure (or of the open incident), when known. */
  status?: string;
  /** Whose status line it is: the headline's provider (shown under the headline) or the incident's (under it). */
  statusOf?: 'headline' | 'incident';
}

export interface OutageMessages {
  outage: { request: { type: 'outage'; tabId: number }; response: OutageView };
}
