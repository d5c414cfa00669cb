import { beforeAll, describe, expect, it } from 'vitest';
import { OUTAGE_DEFAULTS, incidentConfigOf, repairOutageSettings, standInUrl } from '../../src/shared/outage-settings';
import settingsCatalog from '../../src/locales/en/settings.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(settingsCatalog));

describe('outage settings', () => {
  it('keeps valid values and repairs the rest, saying why', () => {
    const { settings, problems } = repairOutageSettings({
      notifyIncidents: false, incidentEdgeMinSites: 3, incidentWindowMinutes: 0, statusFeedsBaseUrl: 'http://127.0.0.1:8080', rangeListsBaseUrl: 'ftp://x', fetchRangeLists: 'no',
    });
    expect(settings).toEqual({ ...OUTAGE_DEFAULTS, notifyIncidents: false, incidentEdgeMinSites: 3, statusFeedsBaseUrl: 'http://127.0.0.1:8080' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('incidentWindowMinutes: 0 is not a whole number from 1 to 60; using 5');
  });

  it('turns minutes into the detector thresholds', () => {
    expect(incidentConfigOf(OUTAGE_DEFAULTS)).toEqual({ windowMs: 300_000, edgeMinDomains: 4, originMinDomains: 6, quietMs: 600_000 });
  });

  it('uses the official URL unless a base URL stands in for it', () => {
    expect(standInUrl('', 'aws', 'https://ip-ranges.amazonaws.com/ip-ranges.json')).toBe('https://ip-ranges.amazonaws.com/ip-ranges.json');
    expect(standInUrl('http://127.0.0.1:9/', 'aws', 'https://x')).toBe('http://127.0.0.1:9/aws');
  });
});

describe('outage settings among the others', () => {
  it('are validated by repairSettings like the rest', async () => {
    const { repairSettings, DEFAULT_SETTINGS } = await import('../../src/shared/settings');
    expect(DEFAULT_SETTINGS).toMatchObject(OUTAGE_DEFAULTS);
    const { settings, problems } = repairSettings({ retentionDays: 3, incidentEdgeMinSites: 5, notifyIncidents: 'yes' });
    expect(settings).toMatchObject({ retentionDays: 3, incidentEdgeMinSites: 5, notifyIncidents: true });
    expect(problems).toEqual(['notifyIncidents: "yes" is not true or false; using true']);
  });
});
