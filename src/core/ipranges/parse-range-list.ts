// One entry point for every list format, for the network client and the glue that caches lists: each
// format's parser is the one its provider's folder names.
import { PROVIDERS } from '../providers';
import type { RangeParseResult } from './ip-range';
import type { RangeFormat } from './range-sources';

const PARSERS = new Map<string, (text: string) => RangeParseResult>(PROVIDERS.flatMap((module) => (module.rangeLists ?? []).map((list) => [list.format, list.parse] as const)));

export function parseRangeList(format: RangeFormat, text: string): RangeParseResult {
  const parse = PARSERS.get(format);
  if (parse === undefined) return { ranges: [], skipped: 1, problems: [`unknown list format ${String(format).slice(0, 40)}`] };
  return parse(text);
}
