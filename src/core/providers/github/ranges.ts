// https://api.github.com/meta: arrays per service. Only `pages` serves sites (GitHub Pages, behind
// GitHub's own edge); `actions`, `hooks`, `git`… are GitHub's or its runners' addresses, not sites'.
import type { RangeParseResult } from '../../ipranges/ip-range';
import { RangeCollector, isRecord, readJson } from '../../ipranges/range-collector';

export function parseGithubMeta(input: unknown): RangeParseResult {
  const collector = new RangeCollector();
  const body = readJson(input, collector, 'the GitHub meta answer');
  const pages = isRecord(body) ? body.pages : undefined;
  if (!Array.isArray(pages)) {
    if (body !== undefined) collector.skip('the GitHub meta answer has no pages array');
    return collector.result();
  }
  pages.forEach((cidr, i) => collector.add(cidr, { provider: 'github', service: 'pages', edge: true }, 'pages', i));
  return collector.result();
}
