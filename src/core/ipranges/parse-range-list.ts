// One entry point for every list format, for the network client and the glue that caches lists.
import type { RangeParseResult } from './ip-range';
import { parseAws } from './parse-aws';
import { parseBunny } from './parse-bunny';
import { parseCloudflareApi } from './parse-cloudflare-api';
import { parseCloudflareText } from './parse-cloudflare-text';
import { parseDigitaloceanGeofeed } from './parse-digitalocean-geofeed';
import { parseFastly } from './parse-fastly';
import { parseGithubMeta } from './parse-github-meta';
import { parseGoogle } from './parse-google';
import { parseOracle } from './parse-oracle';
import type { RangeFormat } from './range-sources';

const PARSERS: Readonly<Record<RangeFormat, (text: string) => RangeParseResult>> = {
  'cloudflare-text': parseCloudflareText,
  'cloudflare-api': parseCloudflareApi,
  aws: parseAws,
  'google-cloud': (text) => parseGoogle(text, 'cloud'),
  'google-all': (text) => parseGoogle(text, 'goog'),
  fastly: parseFastly,
  'github-meta': parseGithubMeta,
  oracle: parseOracle,
  'digitalocean-geofeed': parseDigitaloceanGeofeed,
  bunny: parseBunny,
};

export function parseRangeList(format: RangeFormat, text: string): RangeParseResult {
  const parse = PARSERS[format];
  if (parse === undefined) return { ranges: [], skipped: 1, problems: [`unknown list format ${String(format).slice(0, 40)}`] };
  return parse(text);
}
