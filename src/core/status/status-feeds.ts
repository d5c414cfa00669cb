// Where each provider publishes its status, as its folder declares it (providers.md §3.2). `verified: false`
// marks the [U] rows: configurable guesses that a person or a later check may correct. Heroku (own API),
// Render, Bunny and Azure (RSS) have no parser yet, so no feed. Each feed kind is read by its parser here.
import { phrase } from '../explain/phrase';
import { PROVIDERS } from '../providers';
import type { FeedKind, StatusSource } from '../signals';
import { parseAwsHealth } from './parse-aws-health';
import { parseGoogleStatus } from './parse-google-status';
import { parseStatuspage } from './parse-statuspage';
import type { StatusResult } from './status-report';

export type { FeedKind };

export interface StatusFeed extends StatusSource {
  provider: string;
}

export const STATUS_FEEDS: Readonly<Record<string, StatusFeed>> = Object.fromEntries(
  PROVIDERS.flatMap((module) => (module.status === undefined ? [] : [[module.id, { provider: module.id, ...module.status }] as const])),
);

const PARSERS: Readonly<Record<FeedKind, typeof parseStatuspage>> = {
  statuspage: parseStatuspage,
  'aws-health': parseAwsHealth,
  'google-cloud': parseGoogleStatus,
};

/** One entry point for every feed kind, for the network client. */
export function parseStatusFeed(kind: FeedKind, body: Uint8Array | ArrayBuffer | string, provider: string, fetchedAt: number): StatusResult {
  const parse = PARSERS[kind];
  if (parse === undefined) return { provider, reachable: false, error: phrase('outageFeedNoParser', String(kind).slice(0, 40)), fetchedAt };
  return parse(body, provider, fetchedAt);
}
