// Providers' own status pages: fetched when Detour sees a provider fail (at most once a minute per
// provider, src/net's cache), and read by the popup as one line.
import { failedProvider } from '../core/corroborate';
import { STATUS_FEEDS, statusLine, type StatusResult } from '../core/status';
import { createStatusCache, fetchStatus, type FetchImpl } from '../net';
import { standInUrl, type OutageSettings } from '../shared/outage-settings';
import { say } from '../shared/say';
import type { FailureRecord } from '../store/schema';

export interface StatusWatch {
  /** A provider failed: start fetching its feed if it has one and the last fetch is a minute old. */
  touch(provider: string): void;
  /** A failure was recorded: its provider's feed is touched, if the provider really answered it at its edge or origin. */
  failed(record: FailureRecord): void;
  /** The provider's status line, fetching when needed; undefined when it has no feed or fetching is off. */
  line(provider: string, pop?: string): Promise<string | undefined>;
}

export interface StatusWatchDeps {
  fetch: FetchImpl;
  settings(): Promise<OutageSettings>;
  now(): number;
}

export function statusWatch({ fetch, settings, now }: StatusWatchDeps): StatusWatch {
  const cache = createStatusCache();

  async function result(provider: string): Promise<StatusResult | undefined> {
    const feed = STATUS_FEEDS[provider];
    if (feed === undefined) return undefined;
    const current = await settings();
    if (!current.fetchStatusPages) return undefined;
    const url = standInUrl(current.statusFeedsBaseUrl, provider, feed.url);
    return fetchStatus(provider, { ...feed, url }, fetch, { timeoutMs: 10_000, now: now(), cache });
  }

  function touch(provider: string): void {
    if (STATUS_FEEDS[provider] !== undefined) void result(provider).catch(() => undefined);
  }

  return {
    touch,
    failed(record) {
      // A spoofed page does not make Detour poll the status page of the provider it claims.
      const provider = failedProvider(record);
      if (provider !== undefined) touch(provider);
    },
    async line(provider, pop) {
      const answer = await result(provider);
      return answer === undefined ? undefined : say(statusLine(answer, pop === undefined ? {} : { pop }));
    },
  };
}
