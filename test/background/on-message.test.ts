import { sharingHandlers } from '../../src/background/sharing-handlers';
import { historyHandlers } from '../../src/background/history-handlers';
import { mirrorHandlers } from '../../src/background/mirror-handlers';
import { describe, expect, it } from 'vitest';
import { messageHandlers } from '../../src/background/message-handlers';
import { onMessage } from '../../src/background/on-message';
import { tabPages } from '../../src/background/tab-pages';
import { openStore } from '../../src/store/failure-store';
import { freshFactory } from '../store/fake-indexeddb';

const runtime = { id: 'detour-id', getURL: (path: string) => `chrome-extension://detour-id${path}` };
const popup = { id: 'detour-id', url: 'chrome-extension://detour-id/src/popup/index.html' };

// Mirror suggestions read the stored settings: none stored here.
const noSettings = { storage: { local: { get: async () => ({}) } as unknown as Pick<chrome.storage.StorageArea, 'get'> } };

function setup() {
  const tabs = tabPages();
  tabs.start({ tabId: 5, pageId: '5-1', url: 'https://shop.example/', start: 1 });
  tabs.put(5, { id: 'a@1', url: 'https://shop.example/', host: 'shop.example', timeStamp: 1, diagnosis: { provider: null, failure: 'origin', evidence: ['x'] } });
  const store = openStore({ indexedDB: freshFactory() });
  const listener = onMessage(messageHandlers({ tabs, store, ready: Promise.resolve(), outage: { outage: async () => ({ incidents: [] }) }, mirrors: mirrorHandlers({ api: noSettings, store, tabs, report: () => () => undefined }), history: historyHandlers({ store, tabs, ready: Promise.resolve(), browserTabs: { query: async () => [] }, refreshAll: () => {} }), sharing: sharingHandlers({ store, storage: noSettings.storage.local }), noticeFor: () => ({ pageHost: 'shop.example', pageProvider: undefined, incidents: new Set(), countOtherSites: false }) }), runtime);
  const ask = (message: unknown, sender: chrome.runtime.MessageSender) =>
    new Promise<{ open: boolean; answer?: unknown }>((resolve) => {
      const open = listener(message, sender, (answer) => resolve({ open, answer }));
      if (!open) resolve({ open });
    });
  return ask;
}

describe('onMessage', () => {
  it("answers the extension's own pages", async () => {
    const { open, answer } = await setup()({ type: 'tab-diagnoses', tabId: 5 }, popup);
    expect(open).toBe(true);
    expect(answer).toEqual([expect.objectContaining({ host: 'shop.example' })]);
  });

  it('ignores other extensions, content scripts in web pages, and unknown messages', async () => {
    const ask = setup();
    expect(await ask({ type: 'tab-diagnoses', tabId: 5 }, { ...popup, id: 'other' })).toEqual({ open: false });
    expect(await ask({ type: 'tab-diagnoses', tabId: 5 }, { id: 'detour-id', url: 'https://evil.example/' })).toEqual({ open: false });
    expect(await ask({ type: 'toString' }, popup)).toEqual({ open: false });
    expect(await ask(null, popup)).toEqual({ open: false });
  });

  it('answers a malformed request with an error instead of throwing', async () => {
    const { answer } = await setup()({ type: 'tab-diagnoses', tabId: 'five' }, popup);
    expect(answer).toEqual({ error: 'tab-diagnoses: tabId must be an integer' });
  });
});
