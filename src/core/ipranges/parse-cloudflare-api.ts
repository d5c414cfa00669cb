// https://api.cloudflare.com/client/v4/ips: {result:{ipv4_cidrs, ipv6_cidrs, jdcloud_cidrs?, etag}, success}.
import type { RangeParseResult } from './ip-range';
import { RangeCollector, isRecord, readJson } from './range-collector';

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
