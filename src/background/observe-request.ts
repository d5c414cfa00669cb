// The pipeline for one request: classify it; healthy answers only teach which provider serves the host
// and tell the incident watch (no storage write); failures go to the tab's page, the store and the badge.
import { readHost } from '../core/context';
import { notAFailure } from '../core/network-errors';
import { keptAddress } from '../core/kept-address';
import { announcingPage } from '../core/mirrors/shared-page';
import { providerOwnPath } from '../core/provider-own-path';
import type { Diagnosis, Failure, Observation } from '../core/types';
import type { FailureRecord } from '../store/schema';
import { failureRecord } from './failure-record';
import type { HostLearner } from './host-learner';
import { pairKey, resourceKey } from '../core/badge';
import { type PageLoad, type TabPages, toTabDiagnosis } from './tab-pages';
import type { TabObservation } from './to-observation';

/** Failures worth listing for a tab; the badge counts only edge and origin among them. */
const LISTED: ReadonlySet<Failure> = new Set<Failure>(['edge', 'origin', 'block', 'client', 'unknown']);

export interface ObserveRequestDeps {
  classify(observation: Observation): Diagnosis;
  tabs: TabPages;
  hosts: HostLearner;
  /** A provider answered healthily for a host: the incident watch hears it (what closes an incident). */
  onHealthy(provider: string, host: string, pop: string | undefined, time: number): void;
  /** Whether what this tab shows may be written (not a private-browsing tab); answered from memory. */
  keeps(tabId: number): boolean;
  /** A token that changes when the browser restarts (request ids restart with it). */
  session(): string;
  persist(record: FailureRecord): void;
  persistPage(page: PageLoad): void;
  onTabChanged(tabId: number): void;
  /** A page's own request failed at a provider: its text can tell more than its headers. */
  onPageFailed(record: FailureRecord, observation: TabObservation): void;
  /** Adds to a failure's diagnosis whether its provider really answered (core/corroborate.ts). */
  corroborate(diagnosis: Diagnosis, host: string, ip: string | undefined): Diagnosis;
  /** Where the browser gives a response's address only after its headers: calls done with it (server-addresses.ts). */
  addressOf?(requestId: string, done: (ip: string | undefined) => void): void;
}

export function observeRequest(deps: ObserveRequestDeps) {
  const { classify, tabs, hosts, onHealthy, keeps, session, persist, persistPage, onTabChanged, onPageFailed, corroborate, addressOf } = deps;
  // Requests already classified from their headers. The browser may report the same request again as an
  // error (Chromium's ORB blocks a failing cross-origin image after its headers, Firefox aborts it): the
  // headers said more, so that follow-up is ignored.
  const answered = new Set<string>();
  const remember = (requestId: string) => {
    answered.add(requestId);
    if (answered.size > 4096) answered.delete(answered.values().next().value as string);
  };
  // Returns `undefined` (not void) to match webRequest listener signatures.
  return (observation: TabObservation): undefined => {
    const { requestId } = observation;
    if (observation.error !== undefined && notAFailure(observation.error)) return;
    if (requestId !== undefined) {
      if (observation.error !== undefined && answered.delete(requestId)) return;
      if (observation.statusCode !== undefined && observation.tabId >= 0) remember(requestId);
    }
    const diagnosis = classify(observation);
    const { tabId } = observation;
    const mainFrame = observation.type === 'main_frame';
    if (diagnosis.failure === 'none') {
      if (diagnosis.provider === null && diagnosis.mirrors === undefined && !mainFrame && !tabs.get(tabId)?.entries.length) return; // the hot path
      const host = readHost(observation.url);
      if (diagnosis.provider !== null || diagnosis.mirrors !== undefined) {
        // Mirror sources only from a top-level page that loaded: a subresource or an error page may say anything.
        const status = observation.statusCode ?? 0;
        const page = diagnosis.mirrors !== undefined && mainFrame && status >= 200 && status < 300 ? announcingPage(observation.url) : undefined;
        const time = observation.timeStamp ?? Date.now();
        hosts.learn(host, diagnosis, time, { keep: keeps(tabId), page });
        if (diagnosis.provider !== null) onHealthy(diagnosis.provider, host, diagnosis.pop, time);
      }
      if (tabId < 0) return;
      if (mainFrame) {
        startPage(observation);
        onTabChanged(tabId);
        return;
      }
      // The same provider answering healthily for a host that failed: that pair no longer counts.
      const tab = tabs.get(tabId);
      const { provider } = diagnosis;
      if (provider !== null && tab !== undefined && !providerOwnPath(observation.url) && tab.failedPairs.has(pairKey(provider, host))) {
        const time = observation.timeStamp ?? Date.now();
        tab.recovered.set(pairKey(provider, host), time);
        if (tab.failedUrls.has(keptAddress(observation.url))) tab.recovered.set(resourceKey(provider, keptAddress(observation.url)), time);
        onTabChanged(tabId);
      }
      return;
    }
    if (tabId < 0 || !LISTED.has(diagnosis.failure)) return;
    // A provider's answer without its address yet (Chromium's headers): the failure waits for it.
    if (diagnosis.provider !== null && observation.ip === undefined && observation.statusCode !== undefined && requestId !== undefined && addressOf !== undefined) {
      addressOf(requestId, (ip) => failed(ip === undefined ? observation : { ...observation, ip }, diagnosis));
      return;
    }
    failed(observation, diagnosis);
  };

  function failed(observation: TabObservation, classified: Diagnosis): void {
    const { tabId } = observation;
    const mainFrame = observation.type === 'main_frame';
    const host = readHost(observation.url);
    const diagnosis = corroborate(classified, host, observation.ip);
    const tab = mainFrame ? startPage(observation) : tabs.get(tabId) ?? startPage({ ...observation, url: observation.initiator ?? observation.url });
    const record = failureRecord(observation, diagnosis, host, tab.page, session());
    const listed = tabs.put(tabId, toTabDiagnosis(record));
    onTabChanged(tabId);
    if (!listed) return; // a flood past the tab's bound: counted into an alike failure, not stored again
    persist(record);
    // The page's own answer failed: its text may name the provider its headers did not (a proxy stripped
    // them, or only the page says it is Cloudflare's own 500), so it is read and judged again.
    if (mainFrame && observation.statusCode !== undefined) onPageFailed(record, observation);
  }

  function startPage(observation: TabObservation) {
    const time = observation.timeStamp ?? Date.now();
    const page: PageLoad = { tabId: observation.tabId, pageId: `${observation.tabId}-${Math.round(time)}`, url: observation.url, start: time };
    persistPage(page);
    return tabs.start(page);
  }
}
