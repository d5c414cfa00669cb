// Which provider owns a server address. The classifier takes the lookup as a dependency: the full
// published lists (fetched, cached and refreshed) plug in here later; until then a small seed of the
// CDN edge ranges that change rarely (providers.md §2) answers.
import ipaddr from 'ipaddr.js';

export interface IpOwner {
  provider: string;
  service?: string;
  edge: boolean; // the provider's own edge (a CDN anycast address), not merely hosting the site
}

export type IpLookup = (ip: string) => IpOwner | undefined;

/** What a range list vouches for: all of a provider's addresses, or only those of some of its services. */
export interface RangeCoverage {
  provider: string;
  services?: readonly string[];
}

/** Whether a list of that coverage would hold every address that answers for this provider (and service). */
export function coversAnswer(coverage: RangeCoverage, provider: string, service: string | undefined): boolean {
  return coverage.provider === provider && (coverage.services === undefined || (service !== undefined && coverage.services.includes(service)));
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number, IpOwner];

/** Builds a lookup over CIDR lists; malformed entries are skipped. */
export function createIpLookup(lists: readonly { owner: IpOwner; cidrs: readonly string[] }[]): IpLookup {
  const ranges: Range[] = [];
  for (const { owner, cidrs } of lists) {
    for (const cidr of cidrs) {
      try {
        const [addr, bits] = ipaddr.parseCIDR(cidr);
        ranges.push([addr, bits, owner]);
      } catch {
        // a malformed line in a published list must not stop the rest
      }
    }
  }
  ranges.sort((a, b) => b[1] - a[1]); // most specific first
  return (ip) => {
    const text = ip.replace(/^\[|\]$/g, '');
    // Only dotted quads for IPv4: "104.16.0" is not an address a browser reports.
    if (!text.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
    let addr: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      addr = ipaddr.process(text);
    } catch {
      return undefined;
    }
    for (const [net, bits, owner] of ranges) {
      if (net.kind() === addr.kind() && addr.match(net, bits)) return owner;
    }
    return undefined;
  };
}

// https://www.cloudflare.com/ips-v4, /ips-v6
const CLOUDFLARE = [
  '173.245.48.0/20', '103.21.244.0/22', '103.22.200.0/22', '103.31.4.0/22', '141.101.64.0/18', '108.162.192.0/18',
  '190.93.240.0/20', '188.114.96.0/20', '197.234.240.0/22', '198.41.128.0/17', '162.158.0.0/15', '104.16.0.0/13',
  '104.24.0.0/14', '172.64.0.0/13', '131.0.72.0/22',
  '2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32',
];
// https://api.fastly.com/public-ip-list
const FASTLY = [
  '23.235.32.0/20', '43.249.72.0/22', '103.244.50.0/24', '103.245.222.0/23', '103.245.224.0/24', '104.156.80.0/20',
  '140.248.64.0/18', '140.248.128.0/17', '146.75.0.0/17', '151.101.0.0/16', '157.52.64.0/18', '167.82.0.0/17',
  '167.82.128.0/20', '167.82.160.0/20', '167.82.224.0/20', '172.111.64.0/18', '185.31.16.0/22', '199.27.72.0/21',
  '199.232.0.0/16', '2a04:4e40::/32', '2a04:4e42::/32',
];
// GitHub Pages apex addresses (api.github.com/meta "pages")
const GITHUB_PAGES = ['185.199.108.0/22', '2606:50c0:8000::/46'];

export const SEED_COVERAGE: readonly RangeCoverage[] = [{ provider: 'cloudflare' }, { provider: 'fastly' }, { provider: 'github', services: ['pages'] }];

/** Whether the seed's ranges hold every address answering for this provider (and service). */
export const seedCovers = (provider: string, service: string | undefined): boolean => SEED_COVERAGE.some((coverage) => coversAnswer(coverage, provider, service));

export const seedIpLookup: IpLookup = createIpLookup([
  { owner: { provider: 'cloudflare', edge: true }, cidrs: CLOUDFLARE },
  { owner: { provider: 'fastly', edge: true }, cidrs: FASTLY },
  { owner: { provider: 'github', service: 'pages', edge: true }, cidrs: GITHUB_PAGES },
]);
