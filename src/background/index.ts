// Background entry. Listeners are registered synchronously at the top level: an MV3 worker (or Firefox
// event page) woken by an event only delivers it to listeners that exist when its first run ends.
// Everything is built here, once, and handed its dependencies.
import { createClassifier } from '../core/classify';
import { readHost } from '../core/context';
import { corroborator } from '../core/corroborate';
import { keptAddress } from '../core/kept-address';
import { extensionApi } from '../shared/extension-api';
import { openStore } from '../store/failure-store';
import type { FailureRecord } from '../store/schema';
import { HOSTS_ALARM, PRUNE_ALARM, startUpkeep } from './upkeep';
import { failureJournal } from './failure-journal';
import { badgeFor } from '../core/badge';
import { historyHandlers } from './history-handlers';
import { hostLearner } from './host-learner';
import { incidentNotifier } from './incident-notifier';
import { INCIDENTS_ALARM, startIncidents } from './incidents';
import { messageHandlers } from './message-handlers';
import { learnMetaMirrors, metaMirrorsInPage } from './meta-mirrors';
import { mirrorHandlers } from './mirror-handlers';
import { noticeContext, tabHeadline } from './notice-context';
import { observeRequest } from './observe-request';
import { outageHandlers } from './outage-handlers';
import { outageSettingsCache } from './outage-settings-cache';
import { onMessage } from './on-message';
import { openWelcomeOnInstall } from './open-welcome-on-install';
import { privateTabs } from './private-tabs';
import { periodicAlarms } from './periodic-alarms';
import { RANGES_ALARM, startRanges } from './ranges';
import { pageReader, pageTextInPage } from './read-page';
import { restorePages } from './restore-tabs';
import { serverAddresses } from './server-addresses';
import { countWake, sessionToken } from './session-token';
import { SHARING_ALARM, startSharing } from './sharing';
import { sharingHandlers } from './sharing-handlers';
import { showBadge } from './show-badge';
import { statusWatch } from './status-watch';
import { tabPages, toTabDiagnosis } from './tab-pages';
import { toObservation, type TabObservation } from './to-observation';

const api = extensionApi();
const tabs = tabPages();
const hosts = hostLearner();
const store = openStore();
const privacy = privateTabs(api.tabs);
const report = (what: string) => (error: unknown) => console.error(`Detour: ${what}:`, error);
// In storage.session: it outlives the worker (what it guards against) and costs no disk write per failure.
const journal = failureJournal(api.storage.session, report);
const sharing = startSharing({ api, store, report }); // opt-in: queues and sends nothing while sharing is off
// Outage awareness: its settings (each change handed to the parts it concerns; the cache's storage listener
// is registered as it is built), the incidents open now, the published IP ranges and providers' status pages.
const outageSettings = outageSettingsCache({
  storage: api.storage.local,
  redraw: refreshAll,
  changed(before, after) {
    ranges.settingsChanged(before, after);
    incidents.settingsChanged(before, after);
  },
  report,
});
const notifyIncident = incidentNotifier({ api, wanted: async () => (await outageSettings.current()).notifyIncidents, report });
const incidents = startIncidents({ store, settings: outageSettings.current, onOpened: notifyIncident, refreshAll, report });
const ranges = startRanges({ store, settings: outageSettings.current, fetch: (...args) => fetch(...args), report });
const statuses = statusWatch({ fetch: (...args) => fetch(...args), settings: outageSettings.current, now: () => Date.now() });
const noticeSources = { hosts, incidents: incidents.providers, countOtherSites: () => outageSettings.known().countOtherSites };
/**
 * A failure seen (or its page re-read): to the incidents and the status pages; journaled at once, then stored
 * in a batch and offered to sharing — unless its tab is a private-browsing one, whose failures stay on the tab
 * in memory (and in the journal, which is memory too, until the tab closes).
 */
function recordFailure(record: FailureRecord, what: string): void {
  incidents.failed(record);
  statuses.failed(record);
  const saved = journal.add(record);
  privacy
    .isPrivate(record.tabId)
    .then(async (inPrivate) => {
      if (inPrivate) return holdPrivate(record.tabId, saved);
      sharing.failed(record);
      await (await store).record(record);
      saved();
    })
    .catch(report(what));
}
// Journal entries of private tabs' failures, cleared when the tab closes; bounded per tab.
const privateHeld = new Map<number, (() => void)[]>();
const MAX_PRIVATE_HELD = 1_000;
function holdPrivate(tabId: number, release: () => void): void {
  const held = privateHeld.get(tabId) ?? [];
  privateHeld.set(tabId, held);
  held.push(release);
  if (held.length > MAX_PRIVATE_HELD) held.shift()?.();
}
const classify = createClassifier({ lookupIp: ranges.lookup, hostProvider: (host) => hosts.get(host)?.provider ?? undefined });
// What says a failure's provider really answered (core/corroborate.ts): its ranges, and the hosts it served.
const corroborate = corroborator({ lookupIp: ranges.lookup, rangesCover: ranges.covers, servedHealthy: hosts.servedBy });
const addresses = serverAddresses();
addresses.holdEarly(true); // until the restored pages let the queued events through (below)


const noticeFor = (tabId: number) => noticeContext(tabs.get(tabId), noticeSources);

function refreshBadge(tabId: number): void {
  // Fails only when the tab has closed meanwhile: nothing to show then.
  showBadge(api.action, tabId, incidents.badge(badgeFor(tabs.get(tabId), noticeFor(tabId)))).catch(() => {});
}

// A burst of failures changes a tab many times a second: redraw its badge once per beat, not per failure
// (three browser calls each), so the worker keeps up with the events.
const BADGE_BEAT_MS = 50;
const badgeDue = new Set<number>();
function refreshBadgeSoon(tabId: number): void {
  if (badgeDue.has(tabId)) return;
  badgeDue.add(tabId);
  setTimeout(() => {
    badgeDue.delete(tabId);
    refreshBadge(tabId);
  }, BADGE_BEAT_MS);
}

function refreshAll(): void {
  api.tabs.query({}).then((all) => all.forEach((tab) => tab.id !== undefined && refreshBadge(tab.id)), report('redrawing badges'));
}

const metaMirrors = {
  hosts,
  async readTab(tabId: number) {
    const [result] = await api.scripting.executeScript({ target: { tabId }, func: metaMirrorsInPage });
    return result?.result as ReturnType<typeof metaMirrorsInPage> | undefined;
  },
  keeps: (tabId: number) => privacy.known(tabId) === false,
  now: () => Date.now(),
};

const reader = pageReader({
  // Re-read from its text, a failure is judged again: whether its provider really answered too.
  classify: (observation) => corroborate(classify(observation), readHost(observation.url), observation.ip),
  async readTab(tabId) {
    const [result] = await api.scripting.executeScript({ target: { tabId }, func: pageTextInPage });
    return result?.result as ReturnType<typeof pageTextInPage> | undefined;
  },
  tabComplete: async (tabId) => (await api.tabs.get(tabId)).status === 'complete',
  onReclassified(record) {
    tabs.put(record.tabId, toTabDiagnosis(record));
    recordFailure(record, 'storing a re-read page');
    refreshBadge(record.tabId);
  },
});

// Request ids restart with the browser: a token kept in session storage (which the browser clears when it
// restarts, not when the worker does) keeps failure ids unique across browser sessions.
let session = `w${Math.random().toString(16).slice(2, 10)}`; // replaced by the session's token once read
const observeNow = observeRequest({
  classify,
  tabs,
  hosts,
  onHealthy: incidents.healthy,
  session: () => session,
  persist: (record) => recordFailure(record, 'storing a failure'),
  // The page's address is kept in memory whole (an exact mirror lookup may need it), stored without its query.
  keeps: (tabId) => tabId < 0 || privacy.known(tabId) === false,
  persistPage: (page) =>
    void privacy
      .isPrivate(page.tabId)
      .then(async (inPrivate) => inPrivate || (await store).setPage({ ...page, url: keptAddress(page.url) }))
      .catch(report('storing a page load')),
  onTabChanged: refreshBadgeSoon,
  onPageFailed: (record, observation) => reader.expect(record, observation),
  corroborate,
  addressOf: addresses.wait,
});

// Until the tabs' pages are restored from the store (after the worker restarted), events wait in order;
// the journal holds those that matter, so a worker stopped again meanwhile does not lose them.
let waiting: { observation: TabObservation; done?: () => void }[] | undefined = [];
const observe = (observation: TabObservation): undefined => {
  if (observation.incognito !== undefined) privacy.note(observation.tabId, observation.incognito);
  if (waiting === undefined) observeNow(observation);
  else waiting.push({ observation, done: mattersLater(observation) ? journal.hold(observation) : undefined });
  return undefined;
};
const mattersLater = (observation: TabObservation) => observation.type === 'main_frame' || classify(observation).failure !== 'none';
const leftovers = journal.leftovers();
const pagesRestored = Promise.all([
  sessionToken(api.storage.session).then((token) => void (session = token)),
  countWake(api.storage.session),
  // Which hosts were seen healthy behind which provider is what corroborates a failure: an earlier worker's too.
  store.then((s) => s.getHosts()).then((records) => hosts.restore(records), report('reading learned hosts')),
  restorePages({ store, tabs, openTabIds: async () => (await api.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])) }),
]).then(([, , , pages]) => pages);
const ready = pagesRestored
  .catch(report('restoring tabs'))
  .then(async (pages) => {
    // What a stopped worker left comes first: it is older than anything this worker received.
    const left = await leftovers.catch(report('reading the failure journal'));
    if (left) storeLeftovers(left.records);
    const queued = [...(left?.observations ?? []), ...(waiting ?? [])];
    waiting = undefined;
    for (const { observation, done } of queued) {
      observeNow(observation);
      done?.();
    }
    addresses.holdEarly(false); // the queued failures have taken the addresses that came while they waited
    // `ready` settles only once the stored failures are back on their tabs: the popup reads the tabs alone.
    for (const tabId of (await pages?.failures.catch(report('restoring failures'))) ?? []) refreshBadge(tabId);
  });

/**
 * Failures a stopped worker saw but had not stored yet: store them now, and count them on their page. A
 * private tab's were never to be stored: they go back on the tab, whose page was not stored either.
 */
function storeLeftovers(records: readonly FailureRecord[]): void {
  for (const record of records) {
    void privacy.isPrivate(record.tabId).then(async (inPrivate) => {
      if (inPrivate && tabs.get(record.tabId) === undefined) tabs.restore({ tabId: record.tabId, pageId: record.pageId, url: record.pageUrl, start: record.time }, []);
      if (tabs.get(record.tabId)?.page.pageId === record.pageId) tabs.add(record.tabId, toTabDiagnosis(record));
      if (inPrivate) return holdPrivate(record.tabId, () => journal.settle(record));
      await (await store).record(record);
      journal.settle(record);
    }).catch(report('storing a journaled failure'));
  }
}

const allUrls = { urls: ['<all_urls>'] };
// Chromium's ORB hides a failing cross-origin image's or script's headers from listeners without
// 'extraHeaders'; Firefox has no such option (and rejects it).
const optionNames = (api.webRequest as { OnHeadersReceivedOptions?: Record<string, string> }).OnHeadersReceivedOptions;
const headerOptions: `${chrome.webRequest.OnHeadersReceivedOptions}`[] = optionNames?.EXTRA_HEADERS
  ? ['responseHeaders', 'extraHeaders']
  : ['responseHeaders'];
api.webRequest.onHeadersReceived.addListener((details) => observe(toObservation(details)), allUrls, headerOptions);
api.webRequest.onErrorOccurred.addListener((details) => {
  addresses.arrived(details); // a failure whose headers came first gets its address, if any, before the error is judged
  return observe(toObservation(details));
}, allUrls);
// Chromium's onHeadersReceived carries no `ip`; its onResponseStarted does (measured; server-addresses.ts).
// Firefox gives `ip` with the headers, so it is spared this listener (told apart as headerOptions is).
if (optionNames?.EXTRA_HEADERS) api.webRequest.onResponseStarted.addListener((details) => addresses.arrived(details), allUrls);
// Chromium resets a tab's badge when its navigation commits, which is after the main frame's headers
// were observed: set it again whenever the tab's loading status changes.
api.tabs.onCreated.addListener((tab) => tab.id !== undefined && privacy.note(tab.id, tab.incognito));
api.tabs.onUpdated.addListener((tabId, change, tab) => {
  privacy.note(tabId, tab.incognito);
  if (change.status) refreshBadge(tabId);
  if (change.status !== 'complete') return;
  reader.loaded(tabId).catch(report('reading a failed page'));
  // A page that loaded may announce its mirrors in a <meta http-equiv>; the browser's own pages cannot be read.
  const pageFailed = tabs.get(tabId)?.entries.some((entry) => entry.type === 'main_frame');
  if (tab.url !== undefined && !pageFailed) learnMetaMirrors(metaMirrors, tabId, tab.url).catch(() => {});
});
api.tabs.onRemoved.addListener((tabId) => {
  tabs.drop(tabId);
  privateHeld.get(tabId)?.forEach((release) => release());
  privateHeld.delete(tabId);
  // Remembered a little longer: a failure of the closing tab may still be on its way to the store.
  setTimeout(() => privacy.forget(tabId), 60_000);
  reader.forget(tabId);
  void store.then((s) => s.removePage(tabId)).catch(report('forgetting a closed tab'));
});
api.runtime.onMessage.addListener(onMessage(messageHandlers({ tabs, store, ready, outage: outageHandlers({ ready: () => ready, incidents, statuses, headline: (tabId) => tabHeadline(tabs.get(tabId), noticeSources) }), mirrors: mirrorHandlers({ api, store, hosts, tabs, report, ipLookup: ranges.lookup, isPrivate: privacy.isPrivate }), history: historyHandlers({ store, tabs, ready, browserTabs: api.tabs, refreshAll }), sharing: sharingHandlers({ store, storage: api.storage.local }), noticeFor }), api.runtime));
const upkeep = startUpkeep({ storage: api.storage.local, store, hosts, report });
// Every periodic job, on its alarm: the listener is registered here at the top level (periodic-alarms.ts).
periodicAlarms(api.alarms, {
  [INCIDENTS_ALARM]: incidents.job,
  [RANGES_ALARM]: ranges.job,
  [SHARING_ALARM]: sharing.job,
  [HOSTS_ALARM]: upkeep.hostsJob,
  [PRUNE_ALARM]: upkeep.pruneJob,
}, report);
openWelcomeOnInstall(api, report('opening the welcome page'));
