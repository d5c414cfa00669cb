import { describe, expect, it } from 'vitest';
import { sharingHandlers } from '../../src/background/sharing-handlers';
import { LAST_BATCH_KEY, PROBLEM_KEY } from '../../src/background/sharing-meta';
import { serializeBatch, type Report } from '../../src/core/report';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { openStore } from '../../src/store/failure-store';
import { freshFactory } from '../store/fake-indexeddb';

const WINDOW = Date.UTC(2026, 10, 21, 7, 30) / 1000;
const report = (provider: string, extra: Partial<Report> = {}): Report => ({ window: WINDOW, provider, failure: 'edge', status: 522, ...extra, version: '0.1.0' }) as Report;
const storage = (settings: unknown) => ({ get: async () => ({ settings }) }) as unknown as Pick<chrome.storage.StorageArea, 'get'>;

describe("sharing's messages for the options page", () => {
  it('shows the queue as the batches that will be sent, with the switches as they are now, and the last batch and problem', async () => {
    const store = openStore({ indexedDB: freshFactory() });
    const s = await store;
    await s.queueReports([
      { id: 'a', queuedAt: 1, report: report('cloudflare', { pop: 'FRA', domain: 'example.com' }) },
      { id: 'b', queuedAt: 2, report: report('fastly') },
    ]);
    const sent = serializeBatch([report('aws')]);
    await s.setMeta(LAST_BATCH_KEY, { body: sent, sentAt: 5 });
    await s.setMeta(PROBLEM_KEY, { at: 6, message: 'the collector did not answer', dropped: 0 });
    const handlers = sharingHandlers({ store, storage: storage({ ...DEFAULT_SETTINGS, sharing: true, collectorUrl: 'https://c.example', sharePop: true }) });
    const view = await handlers['sharing-view']({ type: 'sharing-view' });
    expect(view.queued).toEqual([serializeBatch([report('cloudflare', { pop: 'FRA' }), report('fastly')])]); // the domain's switch is off
    expect(view.lastBatch).toEqual({ body: sent, sentAt: 5 });
    expect(view.problem).toEqual({ at: 6, message: 'the collector did not answer', dropped: 0 });

    expect(await handlers['sharing-clear']({ type: 'sharing-clear' })).toBe(true);
    expect((await handlers['sharing-view']({ type: 'sharing-view' })).queued).toEqual([]);
    s.close();
  });

  it('shows nothing queued or sent for a fresh store', async () => {
    const handlers = sharingHandlers({ store: openStore({ indexedDB: freshFactory() }), storage: storage(undefined) });
    expect(await handlers['sharing-view']({ type: 'sharing-view' })).toEqual({ queued: [] });
  });
});
