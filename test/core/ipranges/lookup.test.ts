// The longest-prefix lookup: against a brute-force reference at AWS's full size, the address forms
// browsers report, and the classifier it plugs into.
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/core/classify';
import { createRangeLookup, parseAws, parseCidr, parseCloudflareText, parseIPv4, parseIPv6, type IpRange } from '../../../src/core/ipranges';
import { random } from '../incidents/timeline';
import { generateAwsRanges } from './generate-aws-ranges';

/** Brute force: every range that holds the address, longest prefix first, later entry first on a tie. */
function reference(ranges: IpRange[]): (ip: string) => IpRange | undefined {
  const parsed = ranges.map((range, order) => ({ range, order, net: parseCidr(range.cidr) }));
  const toBig = (w: readonly number[]): bigint => w.reduce((acc, x) => (acc << 32n) | BigInt(x >>> 0), 0n);
  return (ip) => {
    const addr = ipaddr.parse(ip);
    const v6 = addr.kind() === 'ipv6';
    const value = BigInt(`0x${Buffer.from(addr.toByteArray()).toString('hex')}`);
    let best: (typeof parsed)[number] | undefined;
    for (const p of parsed) {
      if (p.net === undefined || p.net.v6 !== v6) continue;
      const width = v6 ? 128 : 32;
      const start = toBig(p.net.words) & ((1n << BigInt(width)) - 1n);
      const size = 1n << BigInt(width - p.net.bits);
      if (value < start || value >= start + size) continue;
      if (best === undefined || (best.net?.bits ?? 0) < p.net.bits || ((best.net?.bits ?? 0) === p.net.bits && best.order < p.order)) best = p;
    }
    return best?.range;
  };
}

describe('range lookup', () => {
  const aws = parseAws(JSON.stringify(generateAwsRanges()));

  it('parses a full-size AWS list and builds its lookup quickly', () => {
    expect(aws.skipped).toBe(0);
    expect(aws.ranges.length).toBeGreaterThan(7000);
    const t0 = performance.now();
    const lookup = createRangeLookup(aws.ranges);
    const ms = performance.now() - t0;
    expect(lookup.v4Segments).toBeGreaterThan(4000);
    expect(ms).toBeLessThan(2000); // the bench reports the real figure; this only catches a blow-up
  });

  it('agrees with brute force on addresses inside, beside and between the ranges', () => {
    const lookup = createRangeLookup(aws.ranges);
    const slow = reference(aws.ranges);
    const rnd = random(7);
    const probes: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const range = aws.ranges[Math.floor(rnd() * aws.ranges.length)] as IpRange;
      const [addr, bits] = ipaddr.parseCIDR(range.cidr);
      const bytes = addr.toByteArray();
      if (rnd() < 0.5) { // somewhere inside
        for (let b = Math.floor(bits / 8); b < bytes.length; b++) bytes[b] = (bytes[b] ?? 0) | Math.floor(rnd() * 256) & (b === Math.floor(bits / 8) ? 0xff >> (bits % 8) : 0xff);
      } else { // the last address, or one past it
        const broadcast = addr.kind() === 'ipv4' ? ipaddr.IPv4.broadcastAddressFromCIDR(range.cidr) : undefined;
        if (broadcast) bytes.splice(0, 4, ...broadcast.octets.map((o, k) => (k === 3 ? (o + Math.floor(rnd() * 2)) & 255 : o)));
      }
      probes.push(ipaddr.fromByteArray(bytes).toString());
    }
    for (let i = 0; i < 300; i++) probes.push(`${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}`);
    for (const ip of probes) {
      const want = slow(ip);
      const got = lookup(ip);
      expect(got === undefined ? undefined : { ...got }, ip).toEqual(want === undefined ? undefined : (({ cidr: _c, ...owner }) => owner)(want));
    }
  });

  it('prefers the most specific range across providers, and later lists on exact ties', () => {
    const lookup = createRangeLookup([
      { provider: 'google', service: 'front-end', edge: true, cidr: '34.0.0.0/8' },
      { provider: 'google', service: 'cloud', region: 'us-central1', edge: false, cidr: '34.16.0.0/12' },
      { provider: 'google', service: 'front-end', edge: true, cidr: '35.190.0.0/17' },
      { provider: 'google', service: 'cloud', region: 'global', edge: false, cidr: '35.190.0.0/17' },
      { provider: 'other', edge: false, cidr: '0.0.0.0/0' },
      { provider: 'top', edge: false, cidr: '255.255.255.255/32' },
      { provider: 'v6-all', edge: false, cidr: '::/0' },
      { provider: 'v6-top', edge: false, cidr: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128' },
    ]);
    expect(lookup('34.20.1.1')).toEqual({ provider: 'google', service: 'cloud', region: 'us-central1', edge: false });
    expect(lookup('34.1.1.1')?.service).toBe('front-end');
    expect(lookup('35.190.3.4')?.service).toBe('cloud');
    expect(lookup('1.1.1.1')?.provider).toBe('other');
    expect(lookup('255.255.255.255')?.provider).toBe('top');
    expect(lookup('255.255.255.254')?.provider).toBe('other');
    expect(lookup('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')?.provider).toBe('v6-top');
    expect(lookup('2001:db8::1')?.provider).toBe('v6-all');
  });

  it('reads the address forms browsers report, and refuses the rest', () => {
    const lookup = createRangeLookup(parseCloudflareText('104.16.0.0/13\n2606:4700::/32').ranges);
    for (const ip of ['104.16.132.229', '2606:4700::6810:84e5', '[2606:4700::1]', '2606:4700:0:0:0:0:0:1', '::ffff:104.16.1.1', '2606:4700::1%eth0', '2606:4700::104.16.1.1']) {
      expect(lookup(ip)?.provider, ip).toBe('cloudflare');
    }
    for (const ip of ['104.16.0', '104.016.1.1', '104.16.1.1.1', '1104.16.1.1', '104.16.1.256', '', ' 104.16.1.1', '2606:4700::1::1', '2606:47000::1',
      '2606:4700:1', ':2606:4700::', '2606:4700::g', '2606:4700:0:0:0:0:0:0:1', '[2606:4700::1', 'x'.repeat(100), '::ffff:104.16.1']) {
      expect(lookup(ip), ip).toBeUndefined();
    }
    expect(lookup(42 as unknown as string)).toBeUndefined();
  });

  it('plugs into the classifier as its IpLookup', () => {
    const lookup = createRangeLookup(parseAws(JSON.stringify({ prefixes: [
      { ip_prefix: '3.160.0.0/14', region: 'GLOBAL', service: 'CLOUDFRONT' }, { ip_prefix: '3.160.0.0/14', region: 'GLOBAL', service: 'AMAZON' }], ipv6_prefixes: [] })).ranges);
    const classify = createClassifier({ lookupIp: lookup });
    const d = classify({ url: 'https://shop.example/', error: 'net::ERR_CONNECTION_TIMED_OUT', ip: '3.161.2.3' });
    expect(d).toMatchObject({ provider: 'aws', service: 'cloudfront' });
    expect(d.evidence.join(' ')).toMatch(/published edge address ranges/);
  });
});

describe('address parsers', () => {
  const words = new Uint32Array(4);
  it('IPv6 agrees with ipaddr.js on any address it prints, compressed or not', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), fc.boolean(), (groups, long) => {
      const addr = new ipaddr.IPv6(groups);
      const text = long ? addr.toNormalizedString() : addr.toString();
      expect(parseIPv6(text, words)).toBe(true);
      const want = groups.reduce<number[]>((acc, g, i) => (i % 2 ? [...acc.slice(0, -1), (((acc[acc.length - 1] ?? 0) << 16) | g) >>> 0] : [...acc, g]), []);
      expect([...words]).toEqual(want);
    }), { numRuns: 2000 });
  });

  it('IPv4 agrees with ipaddr.js on dotted quads and refuses what it would not', () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => {
      const octets = ipaddr.IPv4.parse(ip).octets;
      expect(parseIPv4(ip)).toBe(((octets[0] ?? 0) * 2 ** 24) + ((octets[1] ?? 0) << 16) + ((octets[2] ?? 0) << 8) + (octets[3] ?? 0));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (text) => {
      if (parseIPv4(text) >= 0) expect(ipaddr.IPv4.isValidFourPartDecimal(text)).toBe(true);
    }), { numRuns: 2000 });
  });
});
