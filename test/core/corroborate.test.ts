import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import { corroborate, failedProvider, isCorroborated, type CorroborationDeps } from '../../src/core/corroborate';
import { seedCovers, seedIpLookup } from '../../src/core/ip-owner';
import type { Diagnosis, Failure, Observation } from '../../src/core/types';

const HOST = 'www.alderpoint-tickets.com';
const CF_HEADERS = [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f61-FRA' }, { name: 'cf-error-type', value: '500' }];
const CF_ADDRESS = '104.16.132.229'; // in 104.16.0.0/13, Cloudflare's published ranges (ip-owner.ts seed)
const OTHER_ADDRESS = '93.184.215.14'; // a public unicast address outside the seed's ranges (TEST-NETs read as reserved, not public)

function deps(served: Record<string, string[]> = {}): CorroborationDeps {
  return { lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: (host) => served[host] };
}

const failing = (headers = CF_HEADERS, url = `https://${HOST}/`): Diagnosis => classify({ url, statusCode: 500, responseHeaders: headers } satisfies Observation);

describe('what a failure shows of its provider', () => {
  it('names the provider-only header that marked the producer, never `server` or page text', () => {
    expect(failing().providerHeader).toBe('cf-ray');
    expect(failing([{ name: 'server', value: 'cloudflare' }]).providerHeader).toBeUndefined();
    const page = classify({ url: `https://${HOST}/`, statusCode: 500, bodyText: '<div id="cf-error-details">Error code 500 … Cloudflare Ray ID: 8f2c1a7b9d3e4f61</div>' });
    expect(page.provider).toBe('cloudflare');
    expect(page.providerHeader).toBeUndefined();
    const cloudFront = classify({ url: 'https://d1.example/', statusCode: 503, responseHeaders: [{ name: 'x-amz-cf-id', value: 'abc==' }, { name: 'x-cache', value: 'Error from cloudfront' }] });
    expect(cloudFront.providerHeader).toBe('x-amz-cf-id');
    const fastly = classify({ url: 'https://f.example/', statusCode: 503, responseHeaders: [{ name: 'x-served-by', value: 'cache-fra-etou8220095-FRA' }] });
    expect(fastly.providerHeader).toBe('x-served-by');
  });
});

describe('corroborate', () => {
  it('accepts a public address in the provider\'s published ranges, with no history needed', () => {
    const d = corroborate(failing(), HOST, CF_ADDRESS, deps());
    expect(d).toMatchObject({ corroborated: 'address' });
    expect(d.disputed).toBeUndefined();
    expect(d.evidence.at(-1)).toBe(`${CF_ADDRESS} is in cloudflare's published address ranges`);
    expect(isCorroborated(d)).toBe(true);
  });

  it('disputes a public address outside the provider\'s loaded ranges, even on a host seen healthy', () => {
    const d = corroborate(failing(), HOST, OTHER_ADDRESS, deps({ [HOST]: ['cloudflare'] }));
    expect(d).toMatchObject({ disputed: 'cloudflare' });
    expect(d.corroborated).toBeUndefined();
    expect(isCorroborated(d)).toBe(false);
    expect(d.evidence.at(-1)).toContain(`${OTHER_ADDRESS} is not in cloudflare's published address ranges`);
  });

  it('does not dispute a provider whose ranges are not loaded: header and history decide', () => {
    const vercel = failing([{ name: 'x-vercel-id', value: 'fra1::abcde-1' }, { name: 'x-vercel-error', value: 'INTERNAL_FUNCTION_INVOCATION_FAILED' }]);
    expect(vercel.provider).toBe('vercel');
    expect(corroborate(vercel, HOST, OTHER_ADDRESS, deps())).toEqual(vercel);
    expect(corroborate(vercel, HOST, OTHER_ADDRESS, deps({ [HOST]: ['vercel'] })).corroborated).toBe('seen-healthy');
    // GitHub's published list holds only Pages: its API's addresses are not disputed by it.
    const api = classify({ url: 'https://api.github.com/repos', statusCode: 503, responseHeaders: [{ name: 'x-github-request-id', value: 'A:B:C' }] });
    expect(corroborate(api, 'api.github.com', OTHER_ADDRESS, deps()).disputed).toBeUndefined();
  });

  it('reads loopback, private and link-local addresses as no address (a local proxy, a VPN, a test harness)', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '192.168.1.20', '169.254.10.1', '::1', 'fe80::1', '']) {
      expect(corroborate(failing(), HOST, ip, deps())).toEqual(failing());
      expect(corroborate(failing(), HOST, ip, deps({ [HOST]: ['cloudflare'] })).corroborated).toBe('seen-healthy');
    }
  });

  it('needs both a provider-only header and the host seen healthy behind that provider', () => {
    expect(corroborate(failing(), HOST, undefined, deps()).corroborated).toBeUndefined();
    expect(corroborate(failing(), HOST, undefined, deps({ [HOST]: ['fastly'] })).corroborated).toBeUndefined();
    const d = corroborate(failing(), HOST, undefined, deps({ [HOST]: ['cloudflare', 'heroku'] }));
    expect(d.corroborated).toBe('seen-healthy');
    expect(d.evidence.at(-1)).toBe(`cf-ray on ${HOST}, which cloudflare served healthily before`);
    // `server: cloudflare` alone is what any server can send.
    expect(corroborate(failing([{ name: 'server', value: 'cloudflare' }]), HOST, undefined, deps({ [HOST]: ['cloudflare'] })).corroborated).toBeUndefined();
  });

  it('judges a network error by its address, else by the host\'s history', () => {
    const refused = (ip?: string) => classify({ url: `https://${HOST}/`, error: 'net::ERR_CONNECTION_REFUSED', ...(ip === undefined ? {} : { ip }) });
    const atEdge = corroborate(refused(CF_ADDRESS), HOST, CF_ADDRESS, deps());
    expect(atEdge).toMatchObject({ provider: 'cloudflare', corroborated: 'address' });
    expect(atEdge.evidence.filter((line) => line.startsWith(CF_ADDRESS))).toHaveLength(1);
    const learned = classify({ url: `https://${HOST}/`, error: 'net::ERR_CONNECTION_REFUSED' });
    expect(learned.provider).toBeNull(); // the default classifier knows no hosts
  });

  it('leaves healthy answers and failures with no provider alone', () => {
    const healthy = classify({ url: `https://${HOST}/`, statusCode: 200, responseHeaders: CF_HEADERS });
    expect(corroborate(healthy, HOST, CF_ADDRESS, deps())).toBe(healthy);
    const bare = classify({ url: `https://${HOST}/`, statusCode: 500 });
    expect(corroborate(bare, HOST, OTHER_ADDRESS, deps())).toBe(bare);
  });
});

describe('failedProvider', () => {
  const record = (provider: string | null, failure: Failure, corroborated?: Diagnosis['corroborated'], disputed?: string) => ({ provider, failure, diagnosis: { corroborated, disputed } });
  it('names the provider of an edge or origin failure it really answered, and nothing else', () => {
    expect(failedProvider(record('cloudflare', 'edge', 'address'))).toBe('cloudflare');
    expect(failedProvider(record('fastly', 'origin', 'seen-healthy'))).toBe('fastly');
    expect(failedProvider(record('cloudflare', 'edge'))).toBeUndefined(); // a page's claim alone
    expect(failedProvider(record('cloudflare', 'edge', 'address', 'the address is not Cloudflare’s'))).toBeUndefined();
    expect(failedProvider(record('cloudflare', 'block', 'address'))).toBeUndefined();
    expect(failedProvider(record(null, 'origin', 'address'))).toBeUndefined();
  });
});
