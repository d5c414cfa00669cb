// A deterministic stand-in for ip-ranges.json at full size (~10,600 IPv4 + ~5,800 IPv6 entries): each
// network listed under AMAZON and again under one or two specific services, plus broad AMAZON aggregates
// that contain narrower networks, as the real file does.
import { random } from '../incidents/timeline';

const REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'ap-southeast-1',
  'ap-northeast-1', 'ap-south-1', 'sa-east-1', 'ca-central-1', 'me-south-1', 'af-south-1'];
const SERVICES: [string, number][] = [['EC2', 0.72], ['S3', 0.08], ['CLOUDFRONT', 0.04], ['ROUTE53_HEALTHCHECKS', 0.02],
  ['API_GATEWAY', 0.04], ['DYNAMODB', 0.03], ['GLOBALACCELERATOR', 0.02], ['CLOUDFRONT_ORIGIN_FACING', 0.02], ['CODEBUILD', 0.03]];
const FIRST_OCTETS = [3, 13, 15, 18, 35, 43, 44, 50, 52, 54, 63, 64, 99, 100, 107, 108, 130, 150, 176, 184];

export interface AwsEntry { service: string; region: string; network_border_group: string; ip_prefix?: string; ipv6_prefix?: string }

export function generateAwsRanges(seed = 2025, v4Networks = 5000, v6Networks = 2800): { syncToken: string; createDate: string; prefixes: AwsEntry[]; ipv6_prefixes: AwsEntry[] } {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const service = (): string => {
    let roll = rnd();
    for (const [name, share] of SERVICES) if ((roll -= share) < 0) return name;
    return 'EC2';
  };
  const entry = (key: 'ip_prefix' | 'ipv6_prefix', cidr: string, name: string, region: string): AwsEntry =>
    ({ [key]: cidr, region: name === 'CLOUDFRONT' ? 'GLOBAL' : region, service: name, network_border_group: region }) as AwsEntry;

  const prefixes: AwsEntry[] = [];
  const seen4 = new Set<string>();
  while (seen4.size < v4Networks) {
    const bits = 16 + Math.floor(rnd() * 13); // /16 … /28
    const value = ((pick(FIRST_OCTETS) << 24) | Math.floor(rnd() * 0x1000000)) >>> 0;
    const net = (value & ((~0 << (32 - bits)) >>> 0)) >>> 0;
    const cidr = `${net >>> 24}.${(net >>> 16) & 255}.${(net >>> 8) & 255}.${net & 255}/${bits}`;
    if (seen4.has(cidr)) continue;
    seen4.add(cidr);
    const region = pick(REGIONS);
    prefixes.push(entry('ip_prefix', cidr, 'AMAZON', region), entry('ip_prefix', cidr, service(), region));
    if (rnd() < 0.12) prefixes.push(entry('ip_prefix', cidr, 'EC2', region)); // listed under two services
  }
  const ipv6: AwsEntry[] = [];
  const seen6 = new Set<string>();
  while (seen6.size < v6Networks) {
    const bits = [40, 44, 48, 52, 56, 64, 80][Math.floor(rnd() * 7)] as number;
    const groups = [0x2600, 0x1f00 | Math.floor(rnd() * 256), Math.floor(rnd() * 0x10000), Math.floor(rnd() * 0x10000), Math.floor(rnd() * 0x10000)];
    const keepGroups = Math.ceil(bits / 16);
    const kept = groups.slice(0, keepGroups).map((g, i) => (i === keepGroups - 1 && bits % 16 ? g & (0xffff << (16 - (bits % 16))) & 0xffff : g));
    const cidr = `${kept.map((g) => g.toString(16)).join(':')}::/${bits}`;
    if (seen6.has(cidr)) continue;
    seen6.add(cidr);
    const region = pick(REGIONS);
    ipv6.push(entry('ipv6_prefix', cidr, 'AMAZON', region), entry('ipv6_prefix', cidr, service(), region));
    if (rnd() < 0.05) ipv6.push(entry('ipv6_prefix', cidr, 'EC2', region));
  }
  return { syncToken: '1763464500', createDate: '2025-11-18-11-15-00', prefixes, ipv6_prefixes: ipv6 };
}
