// One failed request as the store keeps it. The id is the browser's request id plus its time, so writing
// the same failure again (a retry, or the page re-read with its text) replaces it instead of adding one.
import type { Diagnosis } from '../core/types';
import type { FailureRecord } from '../store/schema';
import type { PageLoad } from './tab-pages';
import type { TabObservation } from './to-observation';

export function failureRecord(observation: TabObservation, diagnosis: Diagnosis, host: string, page: PageLoad): FailureRecord {
  const time = observation.timeStamp ?? Date.now();
  return {
    id: `${observation.requestId ?? observation.url}@${time}`,
    tabId: observation.tabId,
    pageId: page.pageId,
    pageUrl: page.url,
    url: observation.url,
    host,
    type: observation.type ?? 'other',
    time,
    provider: diagnosis.provider,
    failure: diagnosis.failure,
    diagnosis,
  };
}
