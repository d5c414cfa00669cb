// Published IP ranges: parsers for each official list, and a longest-prefix lookup over them.
export { createRangeLookup, type RangeLookup, type RangeOwner } from './create-range-lookup';
export type { IpRange, RangeParseResult } from './ip-range';
export { parseIPv4, parseIPv6 } from './parse-address';
export { parseAws } from '../providers/aws/ranges';
export { parseBunny } from '../providers/bunny/ranges';
export { parseCidr } from './parse-cidr';
export { parseCloudflareApi } from '../providers/cloudflare/ranges';
export { parseCloudflareText } from '../providers/cloudflare/ranges';
export { parseDigitaloceanGeofeed } from '../providers/digitalocean/ranges';
export { parseFastly } from '../providers/fastly/ranges';
export { parseGithubMeta } from '../providers/github/ranges';
export { parseGoogle } from '../providers/google/ranges';
export { parseOracle } from '../providers/oracle/ranges';
export { parseRangeList, RANGE_SOURCES, type RangeFormat, type RangeSource } from './range-sources';
