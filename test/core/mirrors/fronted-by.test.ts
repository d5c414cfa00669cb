// frontedByFrom: a mirror host's resolved addresses against the range lookup, else what was learned.
import { describe, expect, it } from 'vitest';
import { frontedByFrom } from '../../../src/core/mirrors';
import { createRangeLookup } from '../../../src/core/ipranges';

const lookup = createRangeLookup([
  { cidr: '104.16.0.0/13', provider: 'cloudflare', edge: true },
  { cidr: '3.0.0.0/9', provider: 'aws', service: 'EC2', edge: false },
]);
const ADDRESSES: Record<string, string[]> = { 'cf.example': ['104.16.1.1'], 'ec2.example': ['3.1.2.3'], 'plain.example': ['192.0.2.1'], 'junk.example': ['x', '', '999.1.1.1'] };

describe('frontedByFrom', () => {
  const frontedBy = frontedByFrom({ ipLookup: lookup, addresses: (h) => ADDRESSES[h], learned: (h) => (h === 'ec2.example' || h === 'learned.example' ? { provider: 'fastly' } : undefined) });

  it('names the edge provider of an address first, then a learned provider, then a hosting provider', () => {
    expect(frontedBy('cf.example')).toBe('cloudflare');
    expect(frontedBy('ec2.example')).toBe('fastly');
    expect(frontedByFrom({ ipLookup: lookup, addresses: (h) => ADDRESSES[h] })('ec2.example')).toBe('aws');
    expect(frontedBy('learned.example')).toBe('fastly');
  });

  it("answers for a gateway's subdomains from the gateway's own addresses", () => {
    expect(frontedBy('bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.cf.example')).toBe('cloudflare');
    expect(frontedBy('example')).toBeUndefined();
  });

  it('knows nothing about other hosts or junk addresses', () => {
    for (const host of ['plain.example', 'junk.example', 'unknown.example']) expect(frontedBy(host)).toBeUndefined();
  });
});
