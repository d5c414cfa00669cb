// Providers' own status pages: feed parsers into one shape, the pop matcher and the popup line.
export { decodeFeedText } from './decode-feed-text';
export { IATA_CITIES } from './iata-cities';
export { matchPopComponents } from './match-pop-components';
export { parseAwsHealth } from './parse-aws-health';
export { parseGoogleStatus } from './parse-google-status';
export { parseStatuspage } from './parse-statuspage';
export { parseStatusFeed, STATUS_FEEDS, type FeedKind, type StatusFeed } from './status-feeds';
export { statusLine } from './status-line';
export type { StatusComponent, StatusIncident, StatusIndicator, StatusReport, StatusResult, StatusUnreachable } from './status-report';
