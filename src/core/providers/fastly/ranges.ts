// https://api.fastly.com/public-ip-list: {addresses:[…], ipv6_addresses:[…]}. All edge.
import type { RangeParseResult } from '../../ipranges/ip-range';
import { RangeCollector, isRecord, readJson } from '../../ipranges/range-collector';

export function parseFastly(input: unknown): RangeParseResult {
  const collector = new RangeCollector();
  const body = readJson(input, collector, 'the Fastly list');
  if (!isRecord(body)) {
    if (body !== undefined) collector.skip('the Fastly list is not an object');
    return collector.result();
  }
  for (const key of ['addresses', 'ipv6_addresses'] as const) {
    const list = body[key];
    if (!Array.isArray(list)) {
      collector.skip(`${key} is missing or not an array`);
      continue;
    }
    list.forEach((cidr, i) => collector.add(cidr, { provider: 'fastly', edge: true }, key, i));
  }
  return collector.result();
}
