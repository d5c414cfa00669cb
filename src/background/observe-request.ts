// The pipeline for one request: classify it, keep it if it is a failure, tell the caller the tab changed.
import type { Diagnosis, Failure, Observation } from '../core/types';
import type { TabDiagnoses } from './tab-diagnoses';
import type { TabObservation } from './to-observation';

/** Failures worth listing for a tab; the badge counts only edge and origin among them. */
const LISTED: ReadonlySet<Failure> = new Set<Failure>(['edge', 'origin', 'block', 'client', 'unknown']);

export interface ObserveRequestDeps {
  classify(observation: Observation): Diagnosis;
  tabs: TabDiagnoses;
  onTabChanged(tabId: number): void;
}

export function observeRequest({ classify, tabs, onTabChanged }: ObserveRequestDeps) {
  // Returns `undefined` (not void) to match webRequest listener signatures.
  return (observation: TabObservation): undefined => {
    const { tabId } = observation;
    if (tabId < 0) return; // not a tab's request (the extension's own, a service worker's, …)
    const isNewPage = observation.type === 'main_frame';
    if (isNewPage) tabs.reset(tabId);
    const diagnosis = classify(observation);
    const listed = LISTED.has(diagnosis.failure);
    if (listed) {
      tabs.record(tabId, {
        url: observation.url,
        host: hostnameOf(observation.url),
        type: observation.type,
        timeStamp: observation.timeStamp ?? 0,
        diagnosis,
      });
    }
    if (listed || isNewPage) onTabChanged(tabId);
  };
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
