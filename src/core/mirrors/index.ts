// Mirror suggestions: the pure decision core. Network lookups live in src/net.
export { suggestMirrors } from './suggest-mirrors';
export { frontedByFrom, type FrontedBySources } from './fronted-by';
export { hasIpfsContent, parseContentPath, parseDnslinkTxt, type ContentPath } from './content-path';
export { gatewayUrl, inlineDnslinkName } from './gateway-url';
export { isCid, isDnsName, toBase32Cid } from './cid';
export { pickDnslink, type PickedDnslink } from './pick-dnslink';
export { safeHttpsUrl } from './safe-url';
export { describeAge, parseWaybackTimestamp } from './describe-age';
export { ARCHIVE_TODAY_HOSTS } from './archive-drafts';
export type {
  ArchiveTodayLookup, DnslinkAnswer, GatewayHealth, LearnedHost, Memento, MementoLookup, MirrorInput, Suggestion, SuggestionKind, WaybackLookup,
} from './types';
