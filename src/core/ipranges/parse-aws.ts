// https://ip-ranges.amazonaws.com/ip-ranges.json: {prefixes:[{ip_prefix, region, service}], ipv6_prefixes:[{ipv6_prefix, …}]}.
// Every prefix is listed again under AMAZON, and some under several services: the most specific service
// wins. Only CLOUDFRONT and GLOBALACCELERATOR are AWS's edge; an EC2 address means the site runs on AWS
// (ALBs live there too), which blames nobody (providers.md §2, attribution pitfalls).
import type { IpRange, RangeParseResult } from './ip-range';
import { RangeCollector, isRecord, preview, readJson } from './range-collector';

const EDGE = new Set(['CLOUDFRONT', 'GLOBALACCELERATOR']);
const SERVICE_NAMES: Readonly<Record<string, string>> = { API_GATEWAY: 'apigateway', CLOUDFRONT: 'cloudfront', EC2: 'ec2', S3: 's3' };

/** Lower wins: the edge, then named services, then EC2 (any compute), then AMAZON (everything). */
function rank(service: string): number {
  if (EDGE.has(service)) return 0;
  if (service === 'EC2') return 2;
  if (service === 'AMAZON') return 3;
  return 1;
}

export function parseAws(input: unknown): RangeParseResult {
  const collector = new RangeCollector();
  const body = readJson(input, collector, 'ip-ranges.json');
  if (!isRecord(body)) {
    if (body !== undefined) collector.skip('ip-ranges.json is not an object');
    return collector.result();
  }
  const best = new Map<string, { range: IpRange; rank: number }>();
  const metas = new Map<string, Omit<IpRange, 'cidr'>>(); // one per (service, region), not one per entry
  for (const [key, field] of [['prefixes', 'ip_prefix'], ['ipv6_prefixes', 'ipv6_prefix']] as const) {
    const list = body[key];
    if (!Array.isArray(list)) {
      collector.skip(`${key} is missing or not an array`);
      continue;
    }
    list.forEach((entry: unknown, i) => {
      if (!isRecord(entry) || typeof entry.service !== 'string' || entry.service === '') {
        collector.skip(`${key}[${i}]: no service (${preview(entry)})`);
        return;
      }
      const cidr = collector.canonical(entry[field], key, i);
      if (cidr === undefined) return;
      const seen = best.get(cidr);
      const r = rank(entry.service);
      if (seen !== undefined && r >= seen.rank) return;
      const metaKey = `${entry.service}\u0000${String(entry.region)}`;
      let shared = metas.get(metaKey);
      if (shared === undefined) metas.set(metaKey, (shared = meta(entry.service, entry.region)));
      best.set(cidr, { range: { ...shared, cidr }, rank: r });
    });
  }
  for (const { range } of best.values()) collector.push(range);
  return collector.result();
}

function meta(service: string, region: unknown): Omit<IpRange, 'cidr'> {
  const out: Omit<IpRange, 'cidr'> = { provider: 'aws', edge: EDGE.has(service) };
  if (service !== 'AMAZON') out.service = SERVICE_NAMES[service] ?? service.toLowerCase().replace(/_/g, '-');
  if (typeof region === 'string' && region !== '' && region !== 'GLOBAL') out.region = region;
  return out;
}
