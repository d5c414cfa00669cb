// The published IP range lists behind the classifier's lookupIp: loaded from the cache in the store's
// `meta` at start, refreshed now and then; a list whose refresh fails keeps its last good copy. Until any
// list is loaded (and for addresses no list covers) the seed of CDN edge ranges answers.
import { type IpLookup, coversAnswer, seedCovers, seedIpLookup } from '../core/ip-owner';
import { createRangeLookup, parseRangeList, RANGE_SOURCES, type IpRange, type RangeSource } from '../core/ipranges';
import { decodeFeedText } from '../core/status';
import { fetchBody, type FetchImpl } from '../net';
import type { OutageSettings } from '../shared/outage-settings';
import { standInUrl } from '../shared/outage-settings';
import { say } from '../shared/say';

/** As cached in `meta`, one key per source: the raw text as downloaded, and when. */
export interface CachedList {
  text: string;
  fetchedAt: number;
}

export interface RangeLists {
  lookup: IpLookup;
  /** Whether a loaded list (the seed's or a fetched one) would hold every address answering for this provider and service. */
  covers(provider: string, service?: string): boolean;
  /** Reads the cached lists and builds the lookup from them. */
  load(): Promise<void>;
  /**
   * Downloads the lists that are due (fetched or last tried more than rangeListsRefreshHours ago) when the
   * settings allow, caches the good ones, rebuilds; returns the errors.
   */
  refresh(settings: OutageSettings, now: number, options?: { all?: boolean }): Promise<string[]>;
  /** When the oldest cached list was fetched (0 when one is missing). */
  oldest(): number;
}

/** Values by key in the store's `meta` (FailureStore's getMeta/setMeta). */
export interface MetaValues {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

export interface RangeListsDeps {
  meta: MetaValues;
  fetch: FetchImpl;
  sources?: readonly RangeSource[];
}

const keyOf = (source: RangeSource) => `ranges:${source.id}`;

export function rangeLists({ meta, fetch, sources = RANGE_SOURCES }: RangeListsDeps): RangeLists {
  let current: IpLookup | undefined;
  const parsed = new Map<string, { ranges: IpRange[]; fetchedAt: number }>();
  const tried = new Map<string, number>(); // failed downloads wait as long as good ones before the next try

  function rebuild(): void {
    // Sources in their table order: later lists win exact ties (goog.json before cloud.json).
    const ranges = sources.flatMap((source) => parsed.get(source.id)?.ranges ?? []);
    current = ranges.length > 0 ? createRangeLookup(ranges) : undefined;
  }

  function accept(source: RangeSource, list: CachedList): boolean {
    const { ranges } = parseRangeList(source.format, list.text);
    if (ranges.length === 0) return false;
    parsed.set(source.id, { ranges, fetchedAt: list.fetchedAt });
    return true;
  }

  return {
    lookup: (ip) => current?.(ip) ?? seedIpLookup(ip),
    covers: (provider, service) =>
      seedCovers(provider, service) ||
      sources.some((source) => parsed.has(source.id) && coversAnswer(source, provider, service)),
    async load() {
      for (const source of sources) {
        const cached = (await meta.get(keyOf(source))) as CachedList | undefined;
        if (cached !== undefined && typeof cached.text === 'string' && typeof cached.fetchedAt === 'number') accept(source, cached);
      }
      rebuild();
    },
    async refresh(settings, now, { all = false } = {}) {
      if (!settings.fetchRangeLists) return [];
      const errors: string[] = [];
      const every = settings.rangeListsRefreshHours * 3_600_000;
      const due = sources.filter((source) => all || now - Math.max(parsed.get(source.id)?.fetchedAt ?? -Infinity, tried.get(source.id) ?? -Infinity) >= every);
      // One at a time: AWS's list is megabytes, and nothing is in a hurry.
      for (const source of due) {
        tried.set(source.id, now);
        const url = standInUrl(settings.rangeListsBaseUrl, source.id, source.url);
        const answer = await fetchBody(url, fetch, { timeoutMs: 30_000 });
        if (!answer.ok) {
          errors.push(`${source.id}: ${say(answer.error)}`);
          continue;
        }
        const list: CachedList = { text: decodeFeedText(answer.bytes), fetchedAt: now };
        if (!accept(source, list)) {
          errors.push(`${source.id}: no ranges in the answer; keeping the last good copy`);
          continue;
        }
        await meta.put(keyOf(source), list);
      }
      if (due.length > 0) rebuild();
      return errors;
    },
    oldest() {
      let oldest = Infinity;
      for (const source of sources) oldest = Math.min(oldest, parsed.get(source.id)?.fetchedAt ?? 0);
      return oldest === Infinity ? 0 : oldest;
    },
  };
}
