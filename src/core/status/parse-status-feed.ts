// One entry point for every feed kind, for the network client.
import { phrase } from '../explain/phrase';
import { parseAwsHealth } from './parse-aws-health';
import { parseGoogleStatus } from './parse-google-status';
import { parseStatuspage } from './parse-statuspage';
import type { FeedKind } from './status-feeds';
import type { StatusResult } from './status-report';

const PARSERS: Readonly<Record<FeedKind, typeof parseStatuspage>> = {
  statuspage: parseStatuspage,
  'aws-health': parseAwsHealth,
  'google-cloud': parseGoogleStatus,
};

export function parseStatusFeed(kind: FeedKind, body: Uint8Array | ArrayBuffer | string, provider: string, fetchedAt: number): StatusResult {
  const parse = PARSERS[kind];
  if (parse === undefined) return { provider, reachable: false, error: phrase('outageFeedNoParser', String(kind).slice(0, 40)), fetchedAt };
  return parse(body, provider, fetchedAt);
}
