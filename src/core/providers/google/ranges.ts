// https://www.gstatic.com/ipranges/cloud.json (customers' Google Cloud ranges, with a scope = region) and
// goog.json (all of Google). goog.json minus cloud.json is Google's own front ends, so goog.json ranges
// count as edge and cloud.json ranges as hosting; load goog.json first so the cloud entries win ties.
import type { RangeParseResult } from '../../ipranges/ip-range';
import { RangeCollector, isRecord, preview, readJson } from '../../ipranges/range-collector';

export function parseGoogle(input: unknown, list: 'cloud' | 'goog' = 'cloud'): RangeParseResult {
  const collector = new RangeCollector();
  const body = readJson(input, collector, `${list}.json`);
  const prefixes = isRecord(body) ? body.prefixes : undefined;
  if (!Array.isArray(prefixes)) {
    if (body !== undefined) collector.skip(`${list}.json has no prefixes array`);
    return collector.result();
  }
  prefixes.forEach((entry: unknown, i) => {
    if (!isRecord(entry)) {
      collector.skip(`prefixes[${i}]: not an object (${preview(entry)})`);
      return;
    }
    const cidr = entry.ipv4Prefix ?? entry.ipv6Prefix;
    if (list === 'goog') {
      collector.add(cidr, { provider: 'google', service: 'front-end', edge: true }, 'prefixes', i);
      return;
    }
    const scope = typeof entry.scope === 'string' && entry.scope !== '' && entry.scope !== 'global' ? { region: entry.scope } : {};
    collector.add(cidr, { provider: 'google', service: 'cloud', edge: false, ...scope }, 'prefixes', i);
  });
  return collector.result();
}
