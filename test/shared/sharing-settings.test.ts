import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../src/shared/settings';
import { collectorBase, collectorUrlProblem } from '../../src/shared/sharing-settings';
import settingsCatalog from '../../src/locales/en/settings.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(settingsCatalog));

describe('sharing settings', () => {
  it('are off by default, with no collector (Detour runs none)', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ sharing: false, sharePop: false, shareDomain: false, collectorUrl: '' });
  });

  it('keep valid stored values and repair the rest', () => {
    const { settings, problems } = repairSettings({ sharing: true, sharePop: 'yes', shareDomain: true, collectorUrl: 'https://collector.example', retentionDays: 3 });
    expect(settings).toMatchObject({ sharing: true, sharePop: false, shareDomain: true, collectorUrl: 'https://collector.example', retentionDays: 3 });
    expect(problems).toHaveLength(1);
  });

  it('turn sharing off when the stored collector cannot be used or none is set, never putting another in its place', () => {
    const invalid = repairSettings({ sharing: true, collectorUrl: 'http://collector.example' });
    expect(invalid.settings).toMatchObject({ sharing: false, collectorUrl: '' });
    expect(invalid.problems.join('\n')).toMatch(/^sharing: was on without a collector address Detour can use/m);
    expect(repairSettings({ sharing: true }).settings.sharing).toBe(false);
    expect(repairSettings({ sharing: false, collectorUrl: '' }).problems).toEqual([]);
  });

  it('accept https, and plain http only to this machine', () => {
    expect(collectorUrlProblem('https://collector.example/')).toBeUndefined();
    expect(collectorUrlProblem('http://127.0.0.1:8787')).toBeUndefined();
    expect(collectorUrlProblem('http://localhost:8787')).toBeUndefined();
    expect(collectorUrlProblem('http://collector.example')).toMatch(/https/);
    expect(collectorUrlProblem('http://127.0.0.1.evil.example')).toMatch(/https/);
    expect(collectorUrlProblem('ftp://127.0.0.1')).toMatch(/https/);
    expect(collectorUrlProblem('https://user:pw@collector.example')).toMatch(/password/);
    expect(collectorUrlProblem('not a url')).toBe('is not a URL');
    expect(collectorBase('https://collector.example//')).toBe('https://collector.example');
  });
});
