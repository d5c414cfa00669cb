import { beforeAll, describe, expect, it } from 'vitest';
import { DOH_RESOLVERS } from '../../src/net/mirrors';
import { MIRROR_DEFAULTS, gatewayOrigin, mirrorClientConfig, repairGateways, serviceUrlProblem } from '../../src/shared/mirror-settings';
import settingsCatalog from '../../src/locales/en/settings.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(settingsCatalog));

describe('mirror settings', () => {
  it('accept https service URLs and "" (off), nothing else', () => {
    expect(serviceUrlProblem('')).toBeUndefined();
    expect(serviceUrlProblem('https://archive.org')).toBeUndefined();
    expect(serviceUrlProblem('https://memgator.example:8443/base/')).toBeUndefined();
    expect(serviceUrlProblem('http://archive.org')).toBe('is not an https: URL');
    expect(serviceUrlProblem('http://127.0.0.1:8080')).toBe('is not an https: URL');
    expect(serviceUrlProblem('javascript:alert(1)')).toBe('is not an https: URL');
    expect(serviceUrlProblem('JavaScript:alert(1)//https://x')).toBe('is not an https: URL');
    expect(serviceUrlProblem('archive.org')).toBe('is not a URL');
    expect(serviceUrlProblem(' ')).toBe('is not a URL');
    expect(serviceUrlProblem('https://u:p@archive.org')).toMatch(/password/);
    expect(serviceUrlProblem('https://archive.org/?x=1')).toMatch(/query/);
  });

  it('take a gateway as its https origin', () => {
    expect(gatewayOrigin('https://ipfs.io')).toEqual({ origin: 'https://ipfs.io' });
    expect(gatewayOrigin(' https://IPFS.io/ ')).toEqual({ origin: 'https://ipfs.io' });
    expect(gatewayOrigin('https://gw.example:8443')).toEqual({ origin: 'https://gw.example:8443' });
    expect(gatewayOrigin('https://gw.example:443')).toEqual({ origin: 'https://gw.example' });
    expect(gatewayOrigin('http://ipfs.io')).toEqual({ reason: 'not-https' });
    expect(gatewayOrigin('javascript:alert(1)')).toEqual({ reason: 'not-https' });
    expect(gatewayOrigin('https://ipfs.io/ipfs/')).toEqual({ reason: 'not-origin' });
    expect(gatewayOrigin('https://ipfs.io/?a')).toHaveProperty('reason');
    expect(gatewayOrigin('https://a:b@ipfs.io')).toHaveProperty('reason');
    expect(gatewayOrigin('ipfs.io')).toEqual({ reason: 'not-url' });
  });

  it('repair a gateway list that is not a list to the defaults', () => {
    expect(repairGateways('https://ipfs.io')).toEqual({ gateways: MIRROR_DEFAULTS.gateways, problems: ['is not a list; using the default gateways'] });
  });

  it('default to https gateways that pass their own check', () => {
    expect(repairGateways(MIRROR_DEFAULTS.gateways)).toEqual({ gateways: MIRROR_DEFAULTS.gateways, problems: [] });
  });

  it('become the clients configuration: "" is off or built-in, trailing slashes dropped', () => {
    expect(mirrorClientConfig(MIRROR_DEFAULTS)).toEqual({
      waybackApi: 'https://archive.org', archiveToday: 'https://archive.ph', mementoAggregator: null, dohResolvers: DOH_RESOLVERS, gateways: MIRROR_DEFAULTS.gateways, timeoutMs: 5000,
    });
    const config = mirrorClientConfig({
      ...MIRROR_DEFAULTS, waybackApiUrl: 'https://wb.example/', archiveTodayUrl: '', mementoAggregatorUrl: 'https://mg.example//', dohResolverUrl: 'https://dns.example/dns-query', mirrorTimeoutMs: 2000,
    });
    expect(config).toMatchObject({ waybackApi: 'https://wb.example', archiveToday: null, mementoAggregator: 'https://mg.example', timeoutMs: 2000 });
    expect(config.dohResolvers).toEqual([{ id: 'dns.example', url: 'https://dns.example/dns-query', provider: 'custom' }]);
  });
});
