import { describe, expect, it } from 'vitest';
import { seedIpLookup } from '../../src/core/ip-owner';
import { createRangeLookup } from '../../src/core/ipranges';

describe('IP ownership', () => {
  it('places published Cloudflare, Fastly and GitHub Pages addresses, v4 and v6', () => {
    expect(seedIpLookup('104.16.132.229')?.provider).toBe('cloudflare');
    expect(seedIpLookup('172.71.1.1')?.provider).toBe('cloudflare');
    expect(seedIpLookup('2606:4700::6810:84e5')?.provider).toBe('cloudflare');
    expect(seedIpLookup('[2606:4700::1]')?.provider).toBe('cloudflare');
    expect(seedIpLookup('151.101.1.69')?.provider).toBe('fastly');
    expect(seedIpLookup('::ffff:151.101.1.69')?.provider).toBe('fastly');
    expect(seedIpLookup('185.199.108.153')).toEqual({ provider: 'github', service: 'pages', edge: true });
  });

  it('answers nothing for other, private and malformed addresses', () => {
    for (const ip of ['93.184.215.14', '127.0.0.1', '10.1.2.3', '999.1.1.1', '', 'not-an-ip', '::1', '104.16.0']) {
      expect(seedIpLookup(ip)).toBeUndefined();
    }
  });

  it('prefers the most specific range and skips malformed list lines', () => {
    const lookup = createRangeLookup([
      ...['3.0.0.0/8', 'garbage', '300.1.1.1/8'].map((cidr) => ({ provider: 'aws', edge: false, cidr })),
      { provider: 'aws', service: 'cloudfront', edge: true, cidr: '3.160.0.0/14' },
    ]);
    expect(lookup('3.161.2.3')).toEqual({ provider: 'aws', service: 'cloudfront', edge: true });
    expect(lookup('3.1.2.3')).toEqual({ provider: 'aws', edge: false });
  });
});
