// Cloudflare's published ranges (providers.md §2), all anycast edge: the text lists at
// https://www.cloudflare.com/ips-v4 and /ips-v6 (one CIDR per line), and the API's answer at
// https://api.cloudflare.com/client/v4/ips ({result:{ipv4_cidrs, ipv6_cidrs, jdcloud_cidrs?, etag}, success}).
import type { RangeParseResult } from '../../ipranges/ip-range';
import { listLines } from '../../ipranges/list-lines';
import { RangeCollector, isRecord, readJson } from '../../ipranges/range-collector';

export function parseCloudflareText(text: string): RangeParseResult {
  const collector = new RangeCollector();
  if (typeof text !== 'string') {
    collector.skip('the list is not text');
    return collector.result();
  }
  for (const [line, entry] of listLines(text)) {
    collector.add(entry, { provider: 'cloudflare', edge: true }, 'line', line);
  }
  return collector.result();
}

export function parseCloudflareApi(input: unknown): RangeParseResult {
  const collector = new RangeCollector();
  const body = readJson(input, collector, 'the Cloudflare API answer');
  const result = isRecord(body) ? body.result : undefined;
  if (!isRecord(result) || (isRecord(body) && body.success === false)) {
    if (body !== undefined) collector.skip('no result object (or success: false) in the Cloudflare API answer');
    return collector.result();
  }
  for (const key of ['ipv4_cidrs', 'ipv6_cidrs', 'jdcloud_cidrs'] as const) {
    const list = result[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      collector.skip(`${key} is not an array`);
      continue;
    }
    // The China network (jdcloud) is Cloudflare's edge run with a partner.
    const meta = key === 'jdcloud_cidrs' ? { provider: 'cloudflare', service: 'china-network', edge: true } : { provider: 'cloudflare', edge: true };
    list.forEach((cidr, i) => collector.add(cidr, meta, key, i));
  }
  return collector.result();
}
