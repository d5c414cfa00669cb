// Downloads one published range list and parses it (src/core/ipranges). The caller caches and refreshes.
import type { Phrase } from '../core/explain';
import { parseRangeList, type RangeParseResult, type RangeSource } from '../core/ipranges';
import { decodeFeedText } from '../core/status';
import { fetchBody, type FetchImpl } from './fetch-body';

// The error: a failed download's phrase, or, for an answer with no ranges, the parser's own words (English,
// like every range-list problem: they are for the log, not for a person's screen).
export type RangeListResult = ({ ok: true } & RangeParseResult & { source: RangeSource }) | { ok: false; source: RangeSource; error: Phrase | string };

export async function fetchRangeList(source: RangeSource, fetchImpl: FetchImpl, options: { timeoutMs: number; maxBytes?: number }): Promise<RangeListResult> {
  const answer = await fetchBody(source.url, fetchImpl, options);
  if (!answer.ok) return { ok: false, source, error: answer.error };
  const parsed = parseRangeList(source.format, decodeFeedText(answer.bytes));
  if (parsed.ranges.length === 0) {
    // An empty list would wipe what Detour knew: report it as a failure instead.
    return { ok: false, source, error: `no ranges in the answer${parsed.problems[0] ? ` (${parsed.problems[0]})` : ''}` };
  }
  return { ok: true, source, ...parsed };
}
