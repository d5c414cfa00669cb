// https://bunnycdn.com/api/system/edgeserverlist (and /IPv6): the edge servers' addresses, one per entry.
// Served as a JSON array of strings; the same endpoint answers XML (<string>…</string>) without an Accept
// header [U], so both are read.
import type { RangeParseResult } from '../../ipranges/ip-range';
import { RangeCollector, readJson } from '../../ipranges/range-collector';

export function parseBunny(input: unknown): RangeParseResult {
  const collector = new RangeCollector();
  const meta = { provider: 'bunny', edge: true };
  if (typeof input === 'string' && input.trimStart().startsWith('<')) {
    let i = 0;
    for (const match of input.matchAll(/<string>([^<]*)<\/string>/g)) collector.add(match[1], meta, 'entry', i++);
    if (i === 0) collector.skip('the XML list holds no <string> entries');
    return collector.result();
  }
  const body = readJson(input, collector, 'the Bunny edge server list');
  if (!Array.isArray(body)) {
    if (body !== undefined) collector.skip('the Bunny edge server list is not an array');
    return collector.result();
  }
  body.forEach((ip, i) => collector.add(ip, meta, 'entry', i));
  return collector.result();
}
