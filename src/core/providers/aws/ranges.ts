// https://ip-ranges.amazonaws.com/ip-ranges.json: {prefixes:[{ip_prefix, region, service}], ipv6_prefixes:[{ipv6_prefix, …}]}.
// Every prefix is listed again under AMAZON, and some under several services: the most specific service
// wins. Only CLOUDFRONT and GLOBALACCELERATOR are AWS's edge; an EC2 address means the site runs on AWS
// (ALBs live there too), which blames nobody (providers.md §2, attribution pitfalls).
import type { IpRange, RangeParseResult } from '../../ipranges/ip-range';
import { RangeCollector, isRecord, preview, readJson } from '../../ipranges/range-collector';

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
  // Keyed by the prefix as written first (each appears two or three times), so each is parsed once.
  const best = new Map<string, { service: string; region: unknown; rank: number; key: string; index: number }>();
  for (const [key, field] of [['prefixes', 'ip_prefix'], ['ipv6_prefixes', 'ipv6_prefix']] as const) {
    const list = body[key];
    if (!Array.isArray(list)) {
      collector.skip(`${key} is missing or not an array`);
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const entry: unknown = list[i];
      if (!isRecord(entry) || typeof entry.service !== 'string' || entry.service === '') {
        collector.skip(`${key}[${i}]: no service (${preview(entry)})`);
        continue;
      }
      const raw = entry[field];
      const rawKey = typeof raw === 'string' ? raw : `\u0000${i}${key}`; // non-strings stay distinct, to be reported
      const r = rank(entry.service);
      const seen = best.get(rawKey);
      if (seen === undefined) best.set(rawKey, { service: entry.service, region: entry.region, rank: r, key, index: i });
      else if (r < seen.rank) Object.assign(seen, { service: entry.service, region: entry.region, rank: r });
    }
  }
  const metas = new Map<string, Omit<IpRange, 'cidr'>>(); // one per (service, region), not one per entry
  const byCidr = new Map<string, { range: IpRange; rank: number }>();
  for (const [raw, pick] of best) {
    const cidr = collector.canonical(raw.startsWith('\u0000') ? undefined : raw, pick.key, pick.index);
    if (cidr === undefined) continue;
    const seen = byCidr.get(cidr); // the same network written two ways
    if (seen !== undefined && pick.rank >= seen.rank) continue;
    const metaKey = `${pick.service}\u0000${String(pick.region)}`;
    let shared = metas.get(metaKey);
    if (shared === undefined) metas.set(metaKey, (shared = meta(pick.service, pick.region)));
    byCidr.set(cidr, { range: { ...shared, cidr }, rank: pick.rank });
  }
  for (const { range } of byCidr.values()) collector.push(range);
  return collector.result();
}

function meta(service: string, region: unknown): Omit<IpRange, 'cidr'> {
  const out: Omit<IpRange, 'cidr'> = { provider: 'aws', edge: EDGE.has(service) };
  if (service !== 'AMAZON') out.service = SERVICE_NAMES[service] ?? service.toLowerCase().replace(/_/g, '-');
  if (typeof region === 'string' && region !== '' && region !== 'GLOBAL') out.region = region;
  return out;
}
