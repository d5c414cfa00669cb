// Where each provider publishes its status, as its folder declares it (providers.md §3.2). `verified: false`
// marks the [U] rows: configurable guesses that a person or a later check may correct. Heroku (own API),
// Render, Bunny and Azure (RSS) have no parser yet, so no feed.
import { PROVIDERS } from '../providers';
import type { FeedKind, StatusSource } from '../signals';

export type { FeedKind };

export interface StatusFeed extends StatusSource {
  provider: string;
}

export const STATUS_FEEDS: Readonly<Record<string, StatusFeed>> = Object.fromEntries(
  PROVIDERS.flatMap((module) => (module.status === undefined ? [] : [[module.id, { provider: module.id, ...module.status }] as const])),
);
