// Messages about the failure history: the popup's history view and the options page.
// 'history-export' and 'history-clear' are the contract the options page relies on; keep their shapes.
// Requests arrive untyped: readHistoryQuery() checks one before it reaches the store.
import type { Failure } from '../core/types';
import type { PageCursor, ProviderHours, RecentQuery } from '../store/failure-store';

export type { PageCursor };

/** One failure as the history list shows it (the full record stays in the store and the export). */
export interface HistoryItem {
  id: string;
  time: number;
  host: string;
  url: string;
  provider: string | null;
  service?: string;
  failure: Failure;
  status?: number;
  code?: string;
}

export interface HistoryRequest {
  type: 'history';
  provider?: string | null; // null: failures no provider was recognised for; absent or '': every provider
  site?: string; // a host, or a registrable domain for all its hosts
  before?: PageCursor; // the `next` of the previous page
  limit?: number;
}

export interface HistoryChart {
  start: number; // the first hour's start (ms since the epoch); the last hour is the current one
  hourMs: number;
  series: ProviderHours[]; // most failures first
  providers: (string | null)[]; // every provider with a stored failure, for the filter (empty: nothing stored)
}

export interface HistoryMessages {
  history: { request: HistoryRequest; response: { items: HistoryItem[]; next?: PageCursor } };
  'history-chart': { request: { type: 'history-chart' }; response: HistoryChart };
  'history-export': { request: { type: 'history-export'; format: 'json' | 'csv' }; response: { filename: string; mime: string; text: string } };
  'history-clear': { request: { type: 'history-clear' }; response: { cleared: number } };
}

export const HISTORY_PAGE = { default: 50, max: 200 } as const;
export const CHART_HOURS = 24;
const MAX_PROVIDER = 64;
const MAX_SITE = 253;
const MAX_ID = 256;

/** The store query for a 'history' request, or a TypeError naming what is wrong with it. */
export function readHistoryQuery(request: unknown): RecentQuery & { limit: number } {
  const { provider, site, before, limit = HISTORY_PAGE.default } = (request ?? {}) as Record<string, unknown>;
  const problems = [
    provider === undefined || provider === null || boundedString(provider, MAX_PROVIDER) ? '' : `provider must be null or a string of at most ${MAX_PROVIDER} characters`,
    site === undefined || boundedString(site, MAX_SITE) ? '' : `site must be a string of at most ${MAX_SITE} characters`,
    before === undefined || isCursor(before) ? '' : 'before must be { time: finite number, id: string }',
    Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= HISTORY_PAGE.max ? '' : `limit must be an integer from 1 to ${HISTORY_PAGE.max}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new TypeError(`history: ${problems.join('; ')}`);
  const query: RecentQuery & { limit: number } = { limit: limit as number };
  if (provider !== undefined && provider !== '') query.provider = provider as string | null;
  if (typeof site === 'string' && site.trim() !== '') query.site = site;
  if (before !== undefined) query.before = { time: (before as PageCursor).time, id: (before as PageCursor).id };
  return query;
}

function boundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCursor(value: unknown): value is PageCursor {
  const cursor = value as Partial<PageCursor> | null;
  return typeof cursor === 'object' && cursor !== null && Number.isFinite(cursor.time) && boundedString(cursor.id, MAX_ID);
}
