import { beforeAll, describe, expect, it, vi } from 'vitest';
import { incidentNotifier } from '../../src/background/incident-notifier';
import type { Incident } from '../../src/core/incidents';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';
import { fakeStorageArea } from './fake-api';

beforeAll(() => useCatalogs(outage));

const T0 = Date.UTC(2025, 10, 18, 11, 20);
const incident = (id: string): Incident => ({
  id, provider: 'cloudflare', kind: 'edge', openedAt: T0, lastFailureAt: T0, domains: 5, sample: [], pops: ['FRA'], windowMs: 300_000, evidence: '',
});

function setup(wanted = true, session = fakeStorageArea()) {
  const shown: { id: string; title: string; message: string }[] = [];
  const api = {
    notifications: { create: async (id: string, options: chrome.notifications.NotificationOptions) => void shown.push({ id, title: String(options.title), message: String(options.message) }) },
    runtime: { getURL: (path: string) => `chrome-extension://x/${path}` },
    storage: { session: session.api },
  } as unknown as Parameters<typeof incidentNotifier>[0]['api'];
  return { shown, session, notify: incidentNotifier({ api, wanted: async () => wanted, report: () => (error) => { throw error; } }) };
}

describe('incidentNotifier', () => {
  it('shows one notification per incident, in words, even when told twice', async () => {
    const { shown, notify } = setup();
    notify(incident('cloudflare@FRA/edge/1'));
    notify(incident('cloudflare@FRA/edge/1'));
    notify(incident('cloudflare@FRA/edge/2'));
    await vi.waitFor(() => expect(shown).toHaveLength(2));
    expect(shown[0]).toEqual({ id: 'detour:cloudflare@FRA/edge/1', title: 'Detour: a provider looks down', message: 'Cloudflare looks down: 5 sites failed at its edge since 11:20 UTC, through FRA' });
    expect(shown[1]?.id).toBe('detour:cloudflare@FRA/edge/2');
  });

  it('remembers across a restarted worker (session storage) which incidents it showed', async () => {
    const first = setup();
    first.notify(incident('a'));
    await vi.waitFor(() => expect(first.shown).toHaveLength(1));
    const again = setup(true, first.session);
    again.notify(incident('a'));
    again.notify(incident('b'));
    await vi.waitFor(() => expect(again.shown.map((n) => n.id)).toEqual(['detour:b']));
  });

  it('shows nothing when the person turned notifications off', async () => {
    const { shown, notify, session } = setup(false);
    notify(incident('a'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toEqual([]);
    expect(await session.api.get('detourNotifiedIncidents')).toEqual({});
  });
});
