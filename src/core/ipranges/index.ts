// Published IP ranges: parsers for each official list, and a longest-prefix lookup over them.
export { createRangeLookup, type RangeLookup, type RangeOwner } from './create-range-lookup';
export type { IpRange, RangeParseResult } from './ip-range';
export { parseIPv4, parseIPv6 } from './parse-address';
export { parseAws } from './parse-aws';
export { parseBunny } from './parse-bunny';
export { parseCidr } from './parse-cidr';
export { parseCloudflareApi } from './parse-cloudflare-api';
export { parseCloudflareText } from './parse-cloudflare-text';
export { parseDigitaloceanGeofeed } from './parse-digitalocean-geofeed';
export { parseFastly } from './parse-fastly';
export { parseGithubMeta } from './parse-github-meta';
export { parseGoogle } from './parse-google';
export { parseOracle } from './parse-oracle';
export { parseRangeList } from './parse-range-list';
export { RANGE_SOURCES, type RangeFormat, type RangeSource } from './range-sources';
