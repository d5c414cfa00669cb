// The official range lists (providers.md §2), with the parser for each. URLs are defaults: the network
// client takes the source, so tests and users can point it elsewhere.
export type RangeFormat =
  | 'cloudflare-text' | 'cloudflare-api' | 'aws' | 'google-cloud' | 'google-all' | 'fastly'
  | 'github-meta' | 'oracle' | 'digitalocean-geofeed' | 'bunny';

export interface RangeSource {
  id: string;
  provider: string;
  url: string;
  format: RangeFormat;
  /** The list holds only these services' addresses (GitHub's meta: Pages alone); all of the provider's without. */
  services?: readonly string[];
}

export const RANGE_SOURCES: readonly RangeSource[] = [
  { id: 'cloudflare-v4', provider: 'cloudflare', url: 'https://www.cloudflare.com/ips-v4', format: 'cloudflare-text' },
  { id: 'cloudflare-v6', provider: 'cloudflare', url: 'https://www.cloudflare.com/ips-v6', format: 'cloudflare-text' },
  { id: 'cloudflare-api', provider: 'cloudflare', url: 'https://api.cloudflare.com/client/v4/ips', format: 'cloudflare-api' },
  { id: 'aws', provider: 'aws', url: 'https://ip-ranges.amazonaws.com/ip-ranges.json', format: 'aws' },
  // goog.json before cloud.json: the lookup lets later lists win exact ties.
  { id: 'google-all', provider: 'google', url: 'https://www.gstatic.com/ipranges/goog.json', format: 'google-all' },
  { id: 'google-cloud', provider: 'google', url: 'https://www.gstatic.com/ipranges/cloud.json', format: 'google-cloud' },
  { id: 'fastly', provider: 'fastly', url: 'https://api.fastly.com/public-ip-list', format: 'fastly' },
  { id: 'github', provider: 'github', url: 'https://api.github.com/meta', format: 'github-meta', services: ['pages'] },
  { id: 'oracle', provider: 'oracle', url: 'https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json', format: 'oracle' },
  // [U] URL: providers.md names the format (RFC 8805 geofeed) but not a verified address.
  { id: 'digitalocean', provider: 'digitalocean', url: 'https://digitalocean.com/geo/google.csv', format: 'digitalocean-geofeed' },
  { id: 'bunny-v4', provider: 'bunny', url: 'https://bunnycdn.com/api/system/edgeserverlist', format: 'bunny' },
  { id: 'bunny-v6', provider: 'bunny', url: 'https://bunnycdn.com/api/system/edgeserverlist/IPv6', format: 'bunny' },
];
