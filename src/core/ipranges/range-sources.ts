// The official range lists (providers.md §2), as each provider's folder declares them, in the provider
// list's order (within a provider, later lists win exact ties: goog.json before cloud.json). URLs are
// defaults: the network client takes the source, so tests and people can point it elsewhere. Each format
// is read by the parser its provider's folder names.
import { PROVIDERS } from '../providers';
import type { RangeParseResult } from './ip-range';

/** A list format's name, e.g. 'cloudflare-text', 'aws', 'google-cloud' (the provider's RangeList.format). */
export type RangeFormat = string;

export interface RangeSource {
  id: string;
  provider: string;
  url: string;
  format: RangeFormat;
  /** The list holds only these services' addresses (GitHub's meta: Pages alone); all of the provider's without. */
  services?: readonly string[];
}

export const RANGE_SOURCES: readonly RangeSource[] = PROVIDERS.flatMap((module) =>
  (module.rangeLists ?? []).map(({ id, url, format, services }): RangeSource => ({ id, provider: module.id, url, format, ...(services === undefined ? {} : { services }) })),
);

const PARSERS = new Map<string, (text: string) => RangeParseResult>(PROVIDERS.flatMap((module) => (module.rangeLists ?? []).map((list) => [list.format, list.parse] as const)));

/** One entry point for every list format, for the network client and the glue that caches lists. */
export function parseRangeList(format: RangeFormat, text: string): RangeParseResult {
  const parse = PARSERS.get(format);
  if (parse === undefined) return { ranges: [], skipped: 1, problems: [`unknown list format ${String(format).slice(0, 40)}`] };
  return parse(text);
}
