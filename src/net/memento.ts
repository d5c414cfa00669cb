// A Memento aggregator's JSON TimeMap (MemGator, oduwsdl/MemGator: /timemap/json/<url>): captures of
// the page in many archives. TimeTravel (mementoweb.org) shut down at the end of 2025, so there is no
// default: the base URL is configured (a self-hosted MemGator).
import { phrase } from '../core/explain';
import type { Memento, MementoLookup } from '../core/mirrors';
import { fetchAnswer, readJson } from './fetch-answer';
import type { FetchImpl } from './fetch-body';

export interface MementoOptions {
  timeoutMs: number;
  baseUrl: string; // e.g. https://memgator.example
  maxBytes?: number; // default 4 MiB: a popular page has tens of thousands of captures
  maxMementos?: number; // default 10,000 kept, newest
}

export async function lookupMementos(pageUrl: string, fetchImpl: FetchImpl, options: MementoOptions): Promise<MementoLookup> {
  const answer = await fetchAnswer(`${options.baseUrl}/timemap/json/${pageUrl}`, fetchImpl, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes ?? 4 * 1024 * 1024 });
  if (!answer.ok) return { status: 'error', error: answer.error };
  if (answer.status === 404) return { status: 'none' }; // MemGator: no archive holds the page
  if (answer.status !== 200) return { status: 'error', error: phrase('netHttp', answer.host, answer.status) };
  const json = readJson(answer.bytes, answer.host);
  if (!json.ok) return { status: 'error', error: json.error };
  return readTimemap(json.value, answer.host, options.maxMementos ?? 10_000);
}

/** `{original_uri, mementos: {list: [{datetime, uri}], first, last}, timemap_uri, timegate_uri}`. */
export function readTimemap(value: unknown, host: string, maxMementos: number): MementoLookup {
  const list = (value as { mementos?: { list?: unknown } } | null)?.mementos?.list;
  if (!Array.isArray(list)) return { status: 'error', error: phrase('netNoMementos', host) };
  const mementos: Memento[] = [];
  for (const entry of list as unknown[]) {
    const { uri, datetime } = (entry ?? {}) as { uri?: unknown; datetime?: unknown };
    if (typeof uri === 'string' && typeof datetime === 'string' && uri.length <= 4096 && Number.isFinite(Date.parse(datetime))) mementos.push({ uri, datetime });
  }
  if (mementos.length === 0) return { status: 'none' };
  // MemGator lists oldest first; keep the newest when there are too many.
  return { status: 'found', mementos: mementos.slice(-maxMementos) };
}
