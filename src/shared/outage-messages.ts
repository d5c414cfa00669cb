// The popup's outage question (issue 5): what is down right now, and what the provider's status page says.

export interface OutageView {
  /** Open incidents in words (summarizeIncident, rendered by the background in the browser's language), most recent first. */
  incidents: string[];
  /** The status line of the provider behind this tab's failures (or of the open incident), when known. */
  status?: string;
}

export interface OutageMessages {
  outage: { request: { type: 'outage'; tabId: number }; response: OutageView };
}
