// IP lookup with every published list loaded, building AWS's full list, and the
// incident detector's cost per failure. Lists are generated at their published sizes (providers.md §2).
import { createIncidentDetector, type FailureEvent } from '../src/core/incidents';
import {
  createRangeLookup, parseAws, parseBunny, parseCloudflareText, parseDigitaloceanGeofeed, parseFastly, parseGithubMeta, parseGoogle,
  parseOracle, type IpRange,
} from '../src/core/ipranges';
import { generateAwsRanges } from '../test/core/ipranges/generate-aws-ranges';
import { random } from '../test/core/incidents/timeline';
import { measure } from './measure';

type Result = Record<string, { median: number; p99: number; unit: 'ns' | 'ms' }>;

export function benchRangesAndIncidents(): Result {
  const results: Result = {};
  const awsText = JSON.stringify(generateAwsRanges());

  // Building AWS's list: parse + lookup, each run from the JSON text as downloaded.
  const builds: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = process.hrtime.bigint();
    createRangeLookup(parseAws(awsText).ranges);
    builds.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  results['ipranges.awsBuild.first'] = { median: round1(builds[0] ?? 0), p99: round1(builds[0] ?? 0), unit: 'ms' };
  results['ipranges.awsBuild'] = summarizeMs(builds);

  const ranges = allLists(awsText);
  const lookup = createRangeLookup(ranges);
  const rnd = random(5);
  const v4 = Array.from({ length: 4096 }, (_, i) => i % 2 ? addressIn(ranges, rnd, false) : `${Math.floor(rnd() * 224)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}`);
  const v6 = Array.from({ length: 4096 }, () => addressIn(ranges, rnd, true));
  for (let i = 0; i < 200_000; i++) lookup(v4[i % v4.length] ?? '');
  for (let i = 0; i < 200_000; i++) lookup(v6[i % v6.length] ?? '');
  results['ipranges.lookup.v4'] = measure((i) => v4[i % v4.length] ?? '', lookup, 200_000);
  results['ipranges.lookup.v6'] = measure((i) => v6[i % v6.length] ?? '', lookup, 200_000);

  // The detector fed a day-like stream: 30 providers, mostly isolated failures of every class, with
  // bursts that open and close incidents and healthy answers in between; once over ~600 hosts (a
  // person's day), once over 10,000 (every host new to the detector's domain cache).
  results['incidents.observeFailure'] = benchDetector(300);
  results['incidents.observeFailure.manyHosts'] = benchDetector(5000);
  return results;
}

function benchDetector(sites: number): { median: number; p99: number; unit: 'ns' } {
  const rnd = random(sites);
  const detector = createIncidentDetector();
  const classes: FailureEvent['failure'][] = ['edge', 'origin', 'origin', 'origin', 'block', 'client', 'unknown'];
  let time = Date.parse('2025-11-18T00:00:00Z');
  const next = (i: number): FailureEvent => {
    time += 200 + Math.floor(rnd() * 2000);
    const burst = i % 50_000 < 2_000; // a provider-wide outage now and then
    if (i % 20 === 0) detector.observeHealthy({ time, provider: `p${i % 30}`, host: 'ok.example' });
    return {
      time,
      provider: burst ? 'p0' : `p${Math.floor(rnd() * 30)}`,
      pop: ['FRA', 'AMS', 'IAD89-C1', 'LHR'][i % 4],
      failure: burst ? 'edge' : classes[Math.floor(rnd() * classes.length)] ?? 'origin',
      host: `www.site${Math.floor(rnd() * sites)}.example${i % 3 ? '.com' : '.co.uk'}`,
    };
  };
  for (let i = 0; i < 50_000; i++) detector.observeFailure(next(i));
  return measure(next, (f) => detector.observeFailure(f), 200_000);
}

function allLists(awsText: string): IpRange[] {
  const rnd = random(11);
  const v4 = (first: number[], bits: number): string => {
    const net = (((first[Math.floor(rnd() * first.length)] ?? 1) << 24) | Math.floor(rnd() * 0x1000000)) >>> 0;
    const masked = (net & ((~0 << (32 - bits)) >>> 0)) >>> 0;
    return `${masked >>> 24}.${(masked >>> 16) & 255}.${(masked >>> 8) & 255}.${masked & 255}/${bits}`;
  };
  const many = (n: number, make: () => string): string[] => Array.from({ length: n }, make);
  const google = { prefixes: [...many(1000, () => v4([34, 35], 20)).map((p) => ({ ipv4Prefix: p, scope: 'us-central1' })),
    ...many(50, () => `2600:1900:${Math.floor(rnd() * 0xffff).toString(16)}::/44`).map((p) => ({ ipv6Prefix: p, scope: 'europe-west1' }))] };
  const oracle = { regions: [{ region: 'us-ashburn-1', cidrs: many(1100, () => v4([129, 130, 132, 134, 140, 150], 22)).map((cidr) => ({ cidr, tags: ['OCI'] })) }] };
  return [
    ...parseCloudflareText('173.245.48.0/20\n103.21.244.0/22\n103.22.200.0/22\n103.31.4.0/22\n141.101.64.0/18\n108.162.192.0/18\n190.93.240.0/20\n188.114.96.0/20\n197.234.240.0/22\n198.41.128.0/17\n162.158.0.0/15\n104.16.0.0/13\n104.24.0.0/14\n172.64.0.0/13\n131.0.72.0/22\n2400:cb00::/32\n2606:4700::/32\n2803:f800::/32\n2405:b500::/32\n2405:8100::/32\n2a06:98c0::/29\n2c0f:f248::/32').ranges,
    ...parseAws(awsText).ranges,
    ...parseGoogle(google, 'cloud').ranges,
    ...parseFastly({ addresses: ['23.235.32.0/20', '43.249.72.0/22', '151.101.0.0/16', '199.232.0.0/16'], ipv6_addresses: ['2a04:4e40::/32', '2a04:4e42::/32'] }).ranges,
    ...parseGithubMeta({ pages: ['185.199.108.0/22', '2606:50c0:8000::/46'] }).ranges,
    ...parseOracle(oracle).ranges,
    ...parseDigitaloceanGeofeed(many(1100, () => `${v4([45, 46, 64, 68, 104, 128, 134, 137, 138, 139, 142, 143, 146, 157, 159, 161, 164, 165, 167, 174, 178, 188, 192, 198, 206, 209], 22)},US,US-NY,New York,`).join('\n')).ranges,
    ...parseBunny(JSON.stringify(many(600, () => v4([89, 185, 84, 169, 195], 32).replace('/32', '')))).ranges,
  ];
}

/** An address inside a random range of the wanted family. */
function addressIn(ranges: IpRange[], rnd: () => number, v6: boolean): string {
  for (;;) {
    const range = ranges[Math.floor(rnd() * ranges.length)];
    if (range === undefined || range.cidr.includes(':') !== v6) continue;
    const base = range.cidr.split('/')[0] ?? '';
    if (!v6) return base.replace(/\.0$/, `.${1 + Math.floor(rnd() * 200)}`);
    return base.endsWith('::') ? `${base}${Math.floor(rnd() * 0xffff).toString(16)}` : base;
  }
}

function summarizeMs(times: number[]): { median: number; p99: number; unit: 'ms' } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: round1(sorted[Math.floor(sorted.length / 2)] ?? 0), p99: round1(sorted[sorted.length - 1] ?? 0), unit: 'ms' };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

if (process.argv[1]?.endsWith('ranges-and-incidents.ts')) {
  for (const [name, f] of Object.entries(benchRangesAndIncidents())) console.log(`${name.padEnd(28)} median ${String(f.median).padStart(8)} ${f.unit}   p99 ${String(f.p99).padStart(8)} ${f.unit}`);
}
