// What GET /v1/outages answers (and the page draws): k-anonymous buckets (counts of distinct senders) and
// per-provider outage flags for the last `hours`, up to the current window.
import { WINDOW_SECONDS, windowStart } from '../../src/core/report';
import type { Bucket, ReportReader } from '../db/report-store';
import type { Dimension } from '../db/sql';
import { BASELINE } from './baseline';
import { summarizeProviders, type ProviderSummary } from './summarize';

export interface OutagesQuery {
  now: number; // ms since the epoch
  hours: number;
  dimensions: readonly Dimension[];
  k: number;
}

export interface Outages {
  k: number;
  windowSeconds: number;
  from: number; // first window covered (Unix seconds)
  to: number; // end of the last window covered (exclusive)
  baseline: string;
  providers: ProviderSummary[];
  buckets: Bucket[]; // per provider, window and the chosen dimensions; only those with at least k distinct senders
}

const BASELINE_REACH = (BASELINE.days * 24 + 1) * 3600; // the oldest window any baseline reads

export async function queryOutages(store: ReportReader, query: OutagesQuery): Promise<Outages> {
  const to = windowStart(query.now) + WINDOW_SECONDS;
  const from = to - query.hours * 3600;
  const [counts, firstWindow, buckets] = await Promise.all([
    store.buckets(from - BASELINE_REACH, to, []),
    store.firstWindow(),
    store.buckets(from, to, query.dimensions, query.k),
  ]);
  return {
    k: query.k,
    windowSeconds: WINDOW_SECONDS,
    from,
    to,
    baseline: BASELINE.description,
    providers: summarizeProviders(counts, { from, to, k: query.k, firstWindow }),
    buckets,
  };
}
