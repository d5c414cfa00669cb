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

// As the browser's storage is: every call a round trip, so two saves' reads and writes can interleave.
function slowStorage() {
  const storage = memoryStorage();
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    data: storage.data,
    async get(key: string) {
      await later();
      return storage.get(key);
    },
    async set(items: Record<string, unknown>) {
      await later();
      return storage.set(items);
    },
  } as unknown as Pick<chrome.storage.StorageArea, 'get' | 'set'> & { data: Map<string, unknown> };
}

const CHANGES = [{ notifyIncidents: false }, { retentionDays: 3 }, { suggestMirrors: false }, { countOtherSites: true }, { mirrorTimeoutMs: 4000 }] as const;

describe('saving settings at the same moment', () => {
  it('keeps every change when saves overlap in one page', async () => {
    const storage = slowStorage();
    const results = await Promise.all(CHANGES.map((change) => saveSettings(storage, change)));
    expect(results.every((result) => 'saved' in result)).toBe(true);
    expect(storage.data.get('settings')).toMatchObject(Object.assign({}, ...CHANGES));
  });

  it("takes turns under the extension's Web Lock where there is one (shared by every options tab and popup)", async () => {
    const requested: string[] = [];
    let queue: Promise<unknown> = Promise.resolve();
    const locks = {
      request: (name: string, task: () => Promise<unknown>) => {
        requested.push(name);
        const run = queue.then(task);
        queue = run.catch(() => undefined);
        return run;
      },
    };
    const navigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
    try {
      const storage = slowStorage();
      await Promise.all(CHANGES.map((change) => saveSettings(storage, change)));
      expect(requested).toEqual(CHANGES.map(() => 'detour-settings'));
      expect(storage.data.get('settings')).toMatchObject(Object.assign({}, ...CHANGES));
    } finally {
      if (navigator === undefined) Reflect.deleteProperty(globalThis, 'navigator');
      else Object.defineProperty(globalThis, 'navigator', navigator);
    }
  });

  it('a refused save does not stop the ones after it', async () => {
    const storage = slowStorage();
    const [refused, saved] = await Promise.all([saveSettings(storage, { retentionDays: 0 }), saveSettings(storage, { retentionDays: 9 })]);
    expect(refused).toHaveProperty('refused');
    expect(saved).toHaveProperty('saved');
    expect(storage.data.get('settings')).toMatchObject({ retentionDays: 9 });
  });
});

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
