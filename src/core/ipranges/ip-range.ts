// One published address range, normalised across the providers' formats (providers.md §2).

export interface IpRange {
  provider: string;
  service?: string; // e.g. 'cloudfront', 's3', 'ec2', 'pages'
  region?: string; // e.g. 'us-east-1', 'europe-west1'
  edge: boolean; // the provider's own edge (CDN anycast, CloudFront, Global Accelerator), not merely hosting
  cidr: string; // canonical text, e.g. '104.16.0.0/13'
}

/** What a parser returns: the ranges it could read, and how many entries it skipped and why (a few reasons). */
export interface RangeParseResult {
  ranges: IpRange[];
  skipped: number;
  problems: string[];
}

/** Who owns a server address, as a lookup over published ranges answers. */
export interface IpOwner {
  provider: string;
  service?: string;
  edge: boolean; // the provider's own edge (a CDN anycast address), not merely hosting the site
}

export type IpLookup = (ip: string) => IpOwner | undefined;
