import { beforeAll, describe, expect, it } from 'vitest';
import optionsCatalog from '../../src/locales/en/options.json';
import settingsCatalog from '../../src/locales/en/settings.json';
import { sharingChange } from '../../src/options/sharing-change';
import { useCatalogs } from '../../src/shared/i18n';
import type { SharingSettings } from '../../src/shared/sharing-settings';

beforeAll(() => useCatalogs(optionsCatalog, settingsCatalog));

const OFF: SharingSettings = { sharing: false, sharePop: false, shareDomain: false, collectorUrl: '' };
const ON: SharingSettings = { sharing: true, sharePop: false, shareDomain: false, collectorUrl: 'https://collector.example' };

describe('sharingChange', () => {
  it('turns sharing on only with a collector, saving the address with it', () => {
    expect(sharingChange(OFF, { ...OFF, sharing: true }, 'sharing')).toEqual({ problem: expect.stringMatching(/Enter the address of a collector/) });
    expect(sharingChange(OFF, { ...OFF, sharing: true, collectorUrl: 'http://collector.example' }, 'sharing')).toEqual({ problem: expect.stringMatching(/https/) });
    expect(sharingChange(OFF, { ...OFF, sharing: true, collectorUrl: ' https://collector.example ' }, 'sharing')).toEqual({ changes: { sharing: true, collectorUrl: 'https://collector.example' } });
    // Plain http: is fine to this machine (a collector the person runs).
    expect(sharingChange(OFF, { ...OFF, sharing: true, collectorUrl: 'http://127.0.0.1:8080' }, 'sharing')).toEqual({ changes: { sharing: true, collectorUrl: 'http://127.0.0.1:8080' } });
  });

  it('turns sharing off whatever the address field holds, and saves nothing else with it', () => {
    expect(sharingChange(ON, { ...ON, sharing: false, collectorUrl: 'not a url' }, 'sharing')).toEqual({ changes: { sharing: false } });
    expect(sharingChange(ON, { ...ON, sharing: false, collectorUrl: '' }, 'sharing')).toEqual({ changes: { sharing: false } });
  });

  it('saves an address on its own: an empty one only while sharing is off, a wrong one never', () => {
    expect(sharingChange(OFF, { ...OFF, collectorUrl: '' }, 'collectorUrl')).toEqual({ changes: { collectorUrl: '' } });
    expect(sharingChange(ON, { ...ON, collectorUrl: '' }, 'collectorUrl')).toEqual({ problem: expect.stringMatching(/Enter the address of a collector/) });
    expect(sharingChange(OFF, { ...OFF, collectorUrl: 'https://c.example/?token=1' }, 'collectorUrl')).toEqual({ problem: expect.stringMatching(/Nothing was saved/) });
    // Typing an address never turns sharing on by itself, even when the switch shows on.
    expect(sharingChange(OFF, { ...OFF, sharing: true, collectorUrl: 'https://c.example' }, 'collectorUrl')).toEqual({ changes: { collectorUrl: 'https://c.example' } });
  });

  it('saves a field switch on its own, whatever the address field holds', () => {
    expect(sharingChange(ON, { ...ON, sharePop: true, collectorUrl: '' }, 'sharePop')).toEqual({ changes: { sharePop: true } });
    expect(sharingChange(OFF, { ...OFF, shareDomain: true }, 'shareDomain')).toEqual({ changes: { shareDomain: true } });
  });
});
