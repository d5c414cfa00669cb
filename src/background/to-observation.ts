// webRequest details → the plain Observation that core/classify reads. No logic beyond picking fields.
import type { Observation } from '../core/types';

/** An Observation plus what the glue routes by (core ignores these). */
export type TabObservation = Observation & { tabId: number; requestId?: string; initiator?: string; incognito?: boolean };

// Firefox says on each request whether it is a private-browsing one; Chromium does not.
type HeadersDetails = chrome.webRequest.OnHeadersReceivedDetails & { ip?: string; incognito?: boolean };
type ErrorDetails = chrome.webRequest.OnErrorOccurredDetails & { incognito?: boolean };

export function toObservation(details: HeadersDetails | ErrorDetails): TabObservation {
  const observation: TabObservation = {
    url: details.url,
    type: details.type,
    tabId: details.tabId,
    requestId: details.requestId,
    timeStamp: details.timeStamp,
  };
  if (details.initiator) observation.initiator = details.initiator;
  if ('statusCode' in details) {
    observation.statusCode = details.statusCode;
    observation.statusLine = details.statusLine;
    // Handed over as the browser built it (no copy on the hot path): core reads only name and value.
    if (details.responseHeaders) observation.responseHeaders = details.responseHeaders;
  }
  if ('error' in details) observation.error = details.error;
  // Chromium gives `ip` on errors only; Firefox on more events. Copy it whenever present.
  if (details.ip) observation.ip = details.ip;
  if (typeof details.incognito === 'boolean') observation.incognito = details.incognito;
  return observation;
}
