// Background entry. Listeners are registered synchronously at the top level: an MV3 worker (or Firefox
// event page) woken by an event only delivers it to listeners that exist when its first run ends.
import { classify } from '../core/classify';
import { extensionApi } from '../shared/extension-api';
import { badgeFor } from './badge-for';
import { messageHandlers } from './message-handlers';
import { observeRequest } from './observe-request';
import { onMessage } from './on-message';
import { showBadge } from './show-badge';
import { tabDiagnoses } from './tab-diagnoses';
import { toObservation } from './to-observation';

const api = extensionApi();
const tabs = tabDiagnoses();

function refreshBadge(tabId: number): void {
  // Fails only when the tab has closed meanwhile: nothing to show then.
  showBadge(api.action, tabId, badgeFor(tabs.list(tabId))).catch(() => {});
}

const observe = observeRequest({ classify, tabs, onTabChanged: refreshBadge });
const allUrls = { urls: ['<all_urls>'] };

api.webRequest.onHeadersReceived.addListener((details) => observe(toObservation(details)), allUrls, ['responseHeaders']);
api.webRequest.onErrorOccurred.addListener((details) => observe(toObservation(details)), allUrls);
// Chromium resets a tab's badge when its navigation commits, which is after the main frame's headers
// were observed: set it again whenever the tab's loading status changes.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status) refreshBadge(tabId);
});
api.tabs.onRemoved.addListener((tabId) => tabs.reset(tabId));
api.runtime.onMessage.addListener(onMessage(messageHandlers({ tabs }), api.runtime));
