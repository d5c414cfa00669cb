import { beforeAll, describe, expect, it } from 'vitest';
import { MIRROR_DEFAULTS } from '../../src/shared/mirror-settings';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../../src/shared/settings';
import settingsCatalog from '../../src/locales/en/settings.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(settingsCatalog));

// One valid and some invalid values for every key; a key added to the settings without cases here fails
// the first test, so no setting escapes validation unseen.
const CASES: { [K in keyof Settings]: { valid: Settings[K]; invalid: unknown[] } } = {
  retentionDays: { valid: 30, invalid: [0, 366, 1.5, '7', null, true] },
  retentionMaxFailures: { valid: 100, invalid: [99, 1_000_001, Number.NaN, '50000', []] },
  sharing: { valid: true, invalid: ['true', 1, null, {}] },
  sharePop: { valid: true, invalid: ['yes', 0] },
  shareDomain: { valid: true, invalid: ['no', []] },
  collectorUrl: { valid: 'http://127.0.0.1:8787', invalid: ['http://collector.example', 'javascript:alert(1)', 'not a url', 42] },
  notifyIncidents: { valid: false, invalid: ['false', 0] },
  countOtherSites: { valid: true, invalid: ['true', 1, null] },
  incidentWindowMinutes: { valid: 60, invalid: [0, 61, 2.5] },
  incidentEdgeMinSites: { valid: 2, invalid: [1, 51] },
  incidentOriginMinSites: { valid: 100, invalid: [1, 101] },
  incidentQuietMinutes: { valid: 1, invalid: [0, 241] },
  fetchRangeLists: { valid: false, invalid: ['off'] },
  rangeListsBaseUrl: { valid: 'http://127.0.0.1:9', invalid: ['ftp://x', 'javascript:alert(1)', 3] },
  rangeListsRefreshHours: { valid: 336, invalid: [0, 337] },
  fetchStatusPages: { valid: false, invalid: [null] },
  statusFeedsBaseUrl: { valid: '', invalid: ['data:text/plain,x'] },
  suggestMirrors: { valid: false, invalid: ['false', 0, null] },
  waybackApiUrl: { valid: '', invalid: ['http://archive.org', 'javascript:alert(1)', 'https://user:pw@archive.org', 'https://archive.org/?q=1', 'archive.org', 7] },
  archiveTodayUrl: { valid: 'https://archive.is', invalid: ['http://archive.ph', 'javascript:alert(1)', 'https://archive.ph/#x', false] },
  mementoAggregatorUrl: { valid: 'https://memgator.example/base', invalid: ['http://memgator.example', 'file:///etc/passwd', ['https://m.example']] },
  dohResolverUrl: { valid: 'https://dns.example/dns-query', invalid: ['http://dns.example/dns-query', 'javascript:alert(1)', 'https://dns.example/?name=x'] },
  gateways: { valid: ['https://ipfs.io', 'https://dweb.link'], invalid: ['https://ipfs.io', {}, 3, null] },
  mirrorTimeoutMs: { valid: 30_000, invalid: [999, 30_001, 1500.5, '5000'] },
};

describe('repairSettings', () => {
  it('has cases for every key', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('gives the defaults, without problems, when nothing is stored or the object is empty', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(repairSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps a valid value of every key, and leaves the other keys at their defaults', () => {
    for (const [key, { valid }] of Object.entries(CASES)) {
      // Sharing is kept on only with a collector to send to (there is no default one).
      const beside = key === 'sharing' ? { collectorUrl: 'https://collector.example' } : {};
      const { settings, problems } = repairSettings({ [key]: valid, ...beside });
      expect(problems, key).toEqual([]);
      expect(settings, key).toEqual({ ...DEFAULT_SETTINGS, [key]: valid, ...beside });
    }
  });

  it('replaces an invalid value of every key by its default and says so, naming the key', () => {
    for (const [key, { invalid }] of Object.entries(CASES)) {
      for (const value of invalid) {
        const { settings, problems } = repairSettings({ [key]: value });
        expect(settings, `${key} = ${JSON.stringify(value)}`).toEqual(DEFAULT_SETTINGS);
        expect(problems.length, `${key} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.startsWith(`${key}: `), problem).toBe(true);
      }
    }
  });

  it('repairs one key without touching the valid ones beside it', () => {
    const { settings, problems } = repairSettings({ retentionDays: 3, waybackApiUrl: 'http://archive.org', suggestMirrors: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 3, suggestMirrors: false });
    expect(problems).toEqual(['waybackApiUrl: "http://archive.org" is not an https: URL; using "https://archive.org"']);
  });

  it('uses the defaults for a stored value that is not an object, and says so', () => {
    for (const raw of [null, 'settings', 42, true, [], [{ retentionDays: 3 }]]) {
      const { settings, problems } = repairSettings(raw);
      expect(settings, JSON.stringify(raw)).toEqual(DEFAULT_SETTINGS);
      expect(problems, JSON.stringify(raw)).toHaveLength(1);
      expect(problems[0]).toMatch(/not an object; using the defaults$/);
    }
  });

  it('ignores keys it does not know', () => {
    expect(repairSettings({ somethingElse: 1, __proto__: { retentionDays: 3 } })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps the valid gateways of a list with junk in it, in order, once each', () => {
    const { settings, problems } = repairSettings({
      gateways: ['https://b.example', 'javascript:alert(1)', 42, 'http://c.example', 'https://A.example/', 'https://b.example/', null, 'https://d.example/ipfs/x', 'https://a.example'],
    });
    expect(settings.gateways).toEqual(['https://b.example', 'https://a.example']);
    expect(problems).toHaveLength(7);
    expect(problems.every((problem) => problem.startsWith('gateways: '))).toBe(true);
    expect(problems).toContain('gateways: "javascript:alert(1)" is not an https: URL; left out');
    expect(problems).toContain('gateways: "https://b.example/" is listed twice; kept once');
  });

  it('accepts an empty gateway list, but not a list of nothing usable', () => {
    expect(repairSettings({ gateways: [] })).toEqual({ settings: { ...DEFAULT_SETTINGS, gateways: [] }, problems: [] });
    const { settings, problems } = repairSettings({ gateways: ['http://x.example', 5] });
    expect(settings.gateways).toEqual(MIRROR_DEFAULTS.gateways);
    expect(problems.at(-1)).toBe('gateways: no usable gateway; using the default gateways');
  });

  it('keeps at most 30 gateways', () => {
    const many = Array.from({ length: 35 }, (_, i) => `https://gw${i}.example`);
    const { settings, problems } = repairSettings({ gateways: many });
    expect(settings.gateways).toEqual(many.slice(0, 30));
    expect(problems).toHaveLength(5);
  });

  it('does not share the default gateway list between results', () => {
    const first = repairSettings(undefined).settings;
    first.gateways.push('https://mutated.example');
    expect(repairSettings(undefined).settings.gateways).not.toContain('https://mutated.example');
    expect(DEFAULT_SETTINGS.gateways).not.toContain('https://mutated.example');
  });

  it('shortens a huge junk value in its problem', () => {
    const { problems } = repairSettings({ collectorUrl: 'x'.repeat(10_000) });
    expect(problems[0]!.length).toBeLessThan(200);
  });
});
