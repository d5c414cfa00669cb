// Network clients for mirror suggestions: archives, DNSLink over DoH, IPFS gateway health.
// Each takes its fetch, a timeout and a configurable base URL, and returns a value the core reads.
export { ARCHIVE_TODAY, lookupArchiveToday, type ArchiveTodayOptions } from './archive-today';
export { DOH_RESOLVERS, joinTxt, pickResolvers, queryDoh, resolveAddresses, resolveDnslink, type AddressResult, type DohOptions, type DohResolver, type DohResult, type DohType } from './doh';
export { fetchAnswer, type FetchAnswer, type FetchAnswerOptions } from './fetch-answer';
export { CHECKER_CID, CHECKER_TEXT, DEFAULT_GATEWAYS, createGatewayHealthCache, probeGateway, probeGateways, type GatewayHealthCache, type ProbeAllOptions, type ProbeOptions } from './gateway-probe';
export { lookupMementos, readTimemap, type MementoOptions } from './memento';
export { WAYBACK_API, WAYBACK_SNAPSHOTS, lookupWayback, readAvailability, waybackLatestUrl, type WaybackOptions } from './wayback';
export { DEFAULT_MIRROR_CONFIG, gatherMirrorLookups, type GatherOptions, type MirrorClientConfig, type MirrorLookups } from './gather-mirror-lookups';
