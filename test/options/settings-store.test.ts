import { beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../src/options/settings-store';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import settingsCatalog from '../../src/locales/en/settings.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(settingsCatalog));

// chrome.storage.local as it behaves: values are copied in and out (structured clone).
function memoryStorage(initial?: unknown) {
  const data = new Map<string, unknown>(initial === undefined ? [] : [['settings', structuredClone(initial)]]);
  return {
    data,
    async get(key: string) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  } as unknown as Pick<chrome.storage.StorageArea, 'get' | 'set'> & { data: Map<string, unknown> };
}

describe('the options page settings store', () => {
  it('loads the repaired settings with what was repaired', async () => {
    const loaded = await loadSettings(memoryStorage({ retentionDays: 0, gateways: ['https://a.example', 'http://b.example'] }));
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, gateways: ['https://a.example'] });
    expect(loaded.problems).toEqual([
      'retentionDays: 0 is not a whole number from 1 to 365; using 7',
      'gateways: "http://b.example" is not an https: URL; left out',
    ]);
    expect((await loadSettings(memoryStorage())).problems).toEqual([]);
  });

  it('saves changed keys, keeps the other stored values and keys it does not know, and writes repaired ones', async () => {
    const collector = 'https://collector.example';
    const storage = memoryStorage({ sharing: true, collectorUrl: collector, retentionDays: 0, futureKey: 'kept' });
    const result = await saveSettings(storage, { gateways: ['https://z.example'], waybackApiUrl: '' });
    expect(result).toEqual({ saved: { ...DEFAULT_SETTINGS, sharing: true, collectorUrl: collector, gateways: ['https://z.example'], waybackApiUrl: '' } });
    expect(storage.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, sharing: true, collectorUrl: collector, gateways: ['https://z.example'], waybackApiUrl: '', futureKey: 'kept' });
    expect((await loadSettings(storage)).problems).toEqual([]);
  });

  it('refuses a change the repair would undo, and writes nothing', async () => {
    const storage = memoryStorage({ retentionDays: 3 });
    const result = await saveSettings(storage, { retentionDays: 3, waybackApiUrl: 'javascript:alert(1)', mirrorTimeoutMs: 10 });
    expect(result).toEqual({
      refused: ['waybackApiUrl: "javascript:alert(1)" is not an https: URL; using "https://archive.org"', 'mirrorTimeoutMs: 10 is not a whole number from 1000 to 30000; using 5000'],
    });
    expect(storage.data.get('settings')).toEqual({ retentionDays: 3 });
  });

  it('writes over a stored value that is not an object', async () => {
    const storage = memoryStorage('garbage');
    expect(await saveSettings(storage, { notifyIncidents: false })).toEqual({ saved: { ...DEFAULT_SETTINGS, notifyIncidents: false } });
    expect(storage.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, notifyIncidents: false });
  });
});
