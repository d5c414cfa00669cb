// Each official list format (providers.md §2), with the malformed entries real lists sometimes carry.
import { describe, expect, it } from 'vitest';
import {
  parseAws, parseBunny, parseCloudflareApi, parseCloudflareText, parseDigitaloceanGeofeed, parseFastly, parseGithubMeta,
  parseGoogle, parseOracle, parseRangeList, RANGE_SOURCES,
} from '../../../src/core/ipranges';

describe('Cloudflare', () => {
  it('reads ips-v4 / ips-v6 text, skipping and counting bad lines', () => {
    const result = parseCloudflareText('173.245.48.0/20\n103.21.244.0/22\r\n\n# comment\n2606:4700::/32\n104.16.0.0/33\nnot-a-cidr\n10.1/8\n');
    expect(result.ranges).toEqual([
      { provider: 'cloudflare', edge: true, cidr: '173.245.48.0/20' },
      { provider: 'cloudflare', edge: true, cidr: '103.21.244.0/22' },
      { provider: 'cloudflare', edge: true, cidr: '2606:4700::/32' },
    ]);
    expect(result.skipped).toBe(3);
    expect(result.problems[0]).toBe('line 6: not a CIDR ("104.16.0.0/33")');
  });

  it('reads the API answer, with the China network when asked for', () => {
    const body = JSON.stringify({
      result: { ipv4_cidrs: ['104.16.0.0/13', 42], ipv6_cidrs: ['2a06:98c0::/29'], jdcloud_cidrs: ['103.228.104.0/22'], etag: 'abc' },
      success: true, errors: [], messages: [],
    });
    const result = parseCloudflareApi(body);
    expect(result.ranges.map((r) => `${r.cidr}${r.service ? ` ${r.service}` : ''}`)).toEqual(['104.16.0.0/13', '2a06:98c0::/29', '103.228.104.0/22 china-network']);
    expect(result.skipped).toBe(1);
    expect(parseCloudflareApi({ success: false, errors: [{ code: 10000 }] }).ranges).toEqual([]);
    expect(parseCloudflareApi('{"result":').problems[0]).toMatch(/not valid JSON/);
  });
});

describe('AWS ip-ranges.json', () => {
  const body = {
    syncToken: '1763464500', createDate: '2025-11-18-11-15-00',
    prefixes: [
      { ip_prefix: '3.160.0.0/14', region: 'GLOBAL', service: 'AMAZON', network_border_group: 'GLOBAL' },
      { ip_prefix: '3.160.0.0/14', region: 'GLOBAL', service: 'CLOUDFRONT', network_border_group: 'GLOBAL' },
      { ip_prefix: '52.94.0.0/22', region: 'us-east-1', service: 'AMAZON', network_border_group: 'us-east-1' },
      { ip_prefix: '52.94.0.0/22', region: 'us-east-1', service: 'EC2', network_border_group: 'us-east-1' },
      { ip_prefix: '52.94.0.0/22', region: 'us-east-1', service: 'ROUTE53_HEALTHCHECKS', network_border_group: 'us-east-1' },
      { ip_prefix: '52.216.0.0/15', region: 'us-east-1', service: 'S3', network_border_group: 'us-east-1' },
      { ip_prefix: '52.216.0.0/15', region: 'us-east-1', service: 'AMAZON', network_border_group: 'us-east-1' },
      { ip_prefix: '15.197.0.0/16', region: 'GLOBAL', service: 'GLOBALACCELERATOR', network_border_group: 'GLOBAL' },
      { ip_prefix: '18.0.0.0/8', region: 'us-east-1', service: 'AMAZON', network_border_group: 'us-east-1' },
      { ip_prefix: '3.5.140.0/22', region: 'ap-northeast-2', service: 'API_GATEWAY', network_border_group: 'ap-northeast-2' },
      { ip_prefix: 'bogus', region: 'us-east-1', service: 'EC2' },
      { ip_prefix: '1.2.3.0/24', region: 'us-east-1' },
      'garbage',
    ],
    ipv6_prefixes: [
      { ipv6_prefix: '2600:9000::/28', region: 'GLOBAL', service: 'AMAZON', network_border_group: 'GLOBAL' },
      { ipv6_prefix: '2600:9000::/28', region: 'GLOBAL', service: 'CLOUDFRONT', network_border_group: 'GLOBAL' },
      { ipv6_prefix: '2600:1F18:0000::/33', region: 'us-east-1', service: 'EC2', network_border_group: 'us-east-1' },
    ],
  };

  it('keeps one range per prefix, the most specific service winning; only CloudFront and Global Accelerator are edge', () => {
    const result = parseAws(JSON.stringify(body));
    const by = Object.fromEntries(result.ranges.map((r) => [r.cidr, r]));
    expect(by['3.160.0.0/14']).toEqual({ provider: 'aws', service: 'cloudfront', edge: true, cidr: '3.160.0.0/14' });
    expect(by['52.94.0.0/22']).toEqual({ provider: 'aws', service: 'route53-healthchecks', region: 'us-east-1', edge: false, cidr: '52.94.0.0/22' });
    expect(by['52.216.0.0/15']).toMatchObject({ service: 's3', edge: false, region: 'us-east-1' });
    expect(by['15.197.0.0/16']).toMatchObject({ service: 'globalaccelerator', edge: true });
    expect(by['18.0.0.0/8']).toEqual({ provider: 'aws', region: 'us-east-1', edge: false, cidr: '18.0.0.0/8' });
    expect(by['3.5.140.0/22']).toMatchObject({ service: 'apigateway', edge: false });
    expect(by['2600:9000::/28']).toMatchObject({ service: 'cloudfront', edge: true });
    expect(by['2600:1f18::/33']).toMatchObject({ service: 'ec2', region: 'us-east-1' });
    expect(result.ranges).toHaveLength(8);
    expect(result.skipped).toBe(3);
    expect(result.problems.sort()).toEqual(['prefixes[10]: not a CIDR ("bogus")', 'prefixes[11]: no service ({"ip_prefix":"1.2.3.0/24","region":"us-e…)', 'prefixes[12]: no service ("garbage")']);
  });

  it('reports a file that is not the expected object', () => {
    expect(parseAws('[]')).toEqual({ ranges: [], skipped: 1, problems: ['ip-ranges.json is not an object'] });
    expect(parseAws('{"prefixes": {}}').problems).toEqual(['prefixes is missing or not an array', 'ipv6_prefixes is missing or not an array']);
    expect(parseAws('<html>rate limited</html>').problems[0]).toMatch(/^ip-ranges.json is not valid JSON/);
  });
});

describe('other providers', () => {
  it('Google cloud.json (hosting, with regions) and goog.json (front ends)', () => {
    const cloud = { syncToken: '1', creationTime: '2025-11-18T11:00:00', prefixes: [
      { ipv4Prefix: '34.1.208.0/20', service: 'Google Cloud', scope: 'africa-south1' },
      { ipv6Prefix: '2600:1900:8000::/44', service: 'Google Cloud', scope: 'us-central1' },
      { ipv4Prefix: '34.0.0.0/33', scope: 'x' }, { scope: 'no-prefix' }] };
    const result = parseGoogle(JSON.stringify(cloud), 'cloud');
    expect(result.ranges).toEqual([
      { provider: 'google', service: 'cloud', edge: false, region: 'africa-south1', cidr: '34.1.208.0/20' },
      { provider: 'google', service: 'cloud', edge: false, region: 'us-central1', cidr: '2600:1900:8000::/44' },
    ]);
    expect(result.skipped).toBe(2);
    expect(parseGoogle({ prefixes: [{ ipv4Prefix: '8.8.4.0/24' }] }, 'goog').ranges).toEqual([{ provider: 'google', service: 'front-end', edge: true, cidr: '8.8.4.0/24' }]);
  });

  it('Fastly public-ip-list', () => {
    const result = parseFastly({ addresses: ['151.101.0.0/16', '199.232.0.0/16'], ipv6_addresses: ['2a04:4e40::/32', ''] });
    expect(result.ranges.map((r) => r.cidr)).toEqual(['151.101.0.0/16', '199.232.0.0/16', '2a04:4e40::/32']);
    expect(result.ranges.every((r) => r.provider === 'fastly' && r.edge)).toBe(true);
    expect(result.skipped).toBe(1);
  });

  it('GitHub meta: only pages, as GitHub Pages edge', () => {
    const meta = { verifiable_password_authentication: false, ssh_key_fingerprints: { SHA256_RSA: 'x' }, hooks: ['192.30.252.0/22'],
      pages: ['192.30.252.153/32', '185.199.108.0/22', '2606:50c0:8000::153/128'], actions: ['4.148.0.0/16'] };
    expect(parseGithubMeta(meta).ranges).toEqual([
      { provider: 'github', service: 'pages', edge: true, cidr: '192.30.252.153/32' },
      { provider: 'github', service: 'pages', edge: true, cidr: '185.199.108.0/22' },
      { provider: 'github', service: 'pages', edge: true, cidr: '2606:50c0:8000::153/128' },
    ]);
    expect(parseGithubMeta({ message: 'API rate limit exceeded' }).problems).toEqual(['the GitHub meta answer has no pages array']);
  });

  it('Oracle public_ip_ranges.json', () => {
    const body = { last_updated_timestamp: '2025-11-18T10:00:00.000000', regions: [
      { region: 'us-ashburn-1', cidrs: [{ cidr: '129.213.0.0/16', tags: ['OCI'] }, { cidr: '134.70.24.0/21', tags: ['OBJECT_STORAGE', 'OSN'] }, { cidr: 'x' }] },
      { region: 'eu-frankfurt-1' }] };
    const result = parseOracle(body);
    expect(result.ranges).toEqual([
      { provider: 'oracle', edge: false, region: 'us-ashburn-1', service: 'oci', cidr: '129.213.0.0/16' },
      { provider: 'oracle', edge: false, region: 'us-ashburn-1', service: 'object_storage', cidr: '134.70.24.0/21' },
    ]);
    expect(result.skipped).toBe(2);
  });

  it('DigitalOcean geofeed CSV', () => {
    const csv = 'prefix,country,region,city,postal\n5.101.96.0/21,NL,NL-NH,Amsterdam,1098\n2400:6180::/48,SG,SG-01,Singapore,\n# note\nnot,a,row\n45.55.0.0/19,US,US-NY,,\n';
    const result = parseDigitaloceanGeofeed(csv);
    expect(result.ranges).toEqual([
      { provider: 'digitalocean', edge: false, region: 'Amsterdam', cidr: '5.101.96.0/21' },
      { provider: 'digitalocean', edge: false, region: 'Singapore', cidr: '2400:6180::/48' },
      { provider: 'digitalocean', edge: false, region: 'US-NY', cidr: '45.55.0.0/19' },
    ]);
    expect(result.skipped).toBe(1);
  });

  it('Bunny edge server list, JSON or XML, as single addresses', () => {
    const json = parseBunny('["89.187.188.227", "2400:52e0:1a00::1", "not an ip"]');
    expect(json.ranges.map((r) => r.cidr)).toEqual(['89.187.188.227/32', '2400:52e0:1a00::1/128']);
    expect(json.skipped).toBe(1);
    const xml = parseBunny('<ArrayOfString xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><string>89.187.188.227</string><string>185.93.1.243</string></ArrayOfString>');
    expect(xml.ranges.map((r) => r.cidr)).toEqual(['89.187.188.227/32', '185.93.1.243/32']);
  });

  it('dispatches by format, for every registered source', () => {
    expect(parseRangeList('cloudflare-text', '104.16.0.0/13').ranges).toHaveLength(1);
    expect(parseRangeList('nope' as never, '').problems).toEqual(['unknown list format nope']);
    for (const source of RANGE_SOURCES) {
      expect(source.url).toMatch(/^https:\/\//);
      // Every source names a format that has a parser (an unknown one would say so), and nothing is made of nothing.
      const empty = parseRangeList(source.format, '');
      expect(empty.ranges).toEqual([]);
      expect(empty.problems, source.format).not.toContain(`unknown list format ${source.format}`);
    }
  });

  it('clears host bits and writes canonical text', () => {
    expect(parseCloudflareText('104.16.0.1/13\n2606:4700:0000:0000::1/32\n2001:DB8:0:0:1:0:0:1/128').ranges.map((r) => r.cidr))
      .toEqual(['104.16.0.0/13', '2606:4700::/32', '2001:db8::1:0:0:1/128']);
  });

  it('survives hostile input without throwing', () => {
    for (const input of [null, undefined, 42, '', '{}', '[', '\u0000\u0001', 'a'.repeat(1e6), { prefixes: null }, [[[]]]]) {
      for (const parse of [parseAws, parseCloudflareApi, parseFastly, parseGithubMeta, parseOracle, parseBunny, (x: unknown) => parseGoogle(x)]) {
        expect(() => parse(input)).not.toThrow();
      }
      expect(() => parseCloudflareText(input as string)).not.toThrow();
      expect(() => parseDigitaloceanGeofeed(input as string)).not.toThrow();
    }
  });

  it('stops at a ceiling on a runaway list, saying so', () => {
    const lines = Array.from({ length: 600_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}/32`).join('\n');
    const result = parseCloudflareText(lines);
    expect(result.ranges).toHaveLength(500_000);
    expect(result.skipped).toBe(100_000);
    expect(result.problems).toContain('more than 500000 ranges; the rest are ignored');
  });
});
