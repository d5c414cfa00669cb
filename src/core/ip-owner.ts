// Which provider owns a server address. The classifier takes the lookup as a dependency: the published
// lists (fetched, cached and refreshed: background/range-lists.ts) answer once loaded; until then, and for
// addresses they do not cover, the seed of CDN edge ranges that change rarely (each provider's folder names
// its own, providers.md §2) answers, through the same range lookup.
import { createRangeLookup } from './ipranges/create-range-lookup';
import type { IpLookup, IpRange } from './ipranges/ip-range';
import { PROVIDERS } from './providers';

export type { IpLookup, IpOwner } from './ipranges/ip-range';

/** What a range list vouches for: all of a provider's addresses, or only those of some of its services. */
export interface RangeCoverage {
  provider: string;
  services?: readonly string[];
}

/** Whether a list of that coverage would hold every address that answers for this provider (and service). */
export function coversAnswer(coverage: RangeCoverage, provider: string, service: string | undefined): boolean {
  return coverage.provider === provider && (coverage.services === undefined || (service !== undefined && coverage.services.includes(service)));
}

const SEED: readonly IpRange[] = PROVIDERS.flatMap((module) =>
  (module.seedRanges?.cidrs ?? []).map((cidr): IpRange => ({ provider: module.id, edge: true, cidr, ...(module.seedRanges?.service === undefined ? {} : { service: module.seedRanges.service }) })),
);

/** What the seed vouches for: each provider that has seed ranges, for its seed's service or all of it. */
export const SEED_COVERAGE: readonly RangeCoverage[] = PROVIDERS.flatMap((module) =>
  module.seedRanges === undefined ? [] : [{ provider: module.id, ...(module.seedRanges.service === undefined ? {} : { services: [module.seedRanges.service] }) }],
);

/** Whether the seed's ranges hold every address answering for this provider (and service). */
export const seedCovers = (provider: string, service: string | undefined): boolean => SEED_COVERAGE.some((coverage) => coversAnswer(coverage, provider, service));

const seedLookup = createRangeLookup(SEED);
/** The seed ranges, through the same lookup as the downloaded lists; an address may come in brackets ([2606:4700::1]). */
export const seedIpLookup: IpLookup = (ip) => seedLookup(typeof ip === 'string' ? ip.replace(/^\[|\]$/g, '') : ip);

