// One failed request as the store keeps it. The id is the browser session's token plus the browser's
// request id, so writing the same failure again (a retry, a follow-up error for the same request, the page
// re-read with its text) replaces it instead of adding one; request ids restart with the browser, the
// token does too. Its addresses keep scheme, host and path only.
import { keptAddress } from '../core/kept-address';
import type { Diagnosis } from '../core/types';
import type { FailureRecord } from '../store/schema';
import type { PageLoad } from './tab-pages';
import type { TabObservation } from './to-observation';

export function failureRecord(observation: TabObservation, diagnosis: Diagnosis, host: string, page: PageLoad, session: string): FailureRecord {
  const time = observation.timeStamp ?? Date.now();
  return {
    id: `${session}:${observation.requestId ?? `${observation.url}@${time}`}`,
    tabId: observation.tabId,
    pageId: page.pageId,
    pageUrl: keptAddress(page.url), // no query or fragment is ever stored (core/kept-address.ts)
    url: keptAddress(observation.url),
    host,
    type: observation.type ?? 'other',
    time,
    provider: diagnosis.provider,
    failure: diagnosis.failure,
    diagnosis,
  };
}
