// Published ranges → an IpLookup (src/core/ip-owner.ts) with longest-prefix match: sorted non-overlapping
// segments in typed arrays, one binary search per address (IPv4 on 32-bit values, IPv6 on 4×32-bit words).
import { flattenRanges, type Prefix, type Words } from './flatten-ranges';
import type { IpLookup, IpOwner, IpRange } from './ip-range';
import { parseIPv4, parseIPv6 } from './parse-address';
import { parseCidr, type ParsedCidr } from './parse-cidr';

/** An IpOwner that also says the region, when the list gives one (AWS us-east-1, Google europe-west1). */
export interface RangeOwner extends IpOwner {
  region?: string;
}

export type RangeLookup = IpLookup & { readonly v4Segments: number; readonly v6Segments: number };

/** Later ranges win exact ties (the same CIDR listed twice): pass broad lists (goog.json) before narrow ones (cloud.json). */
export function createRangeLookup(ranges: readonly IpRange[]): RangeLookup {
  const owners = new Map<string, RangeOwner>();
  const v4: Prefix<RangeOwner>[] = [];
  const v6: Prefix<RangeOwner>[] = [];
  for (const range of ranges) {
    const parsed = readCidr(range.cidr);
    if (parsed === undefined) continue;
    const start = parsed.words;
    const end: Words = [start[0], start[1], start[2], start[3]];
    for (let i = 0; i < 4; i++) {
      const keep = parsed.v6 ? Math.max(0, Math.min(32, parsed.bits - 32 * i)) : i === 3 ? parsed.bits : 32;
      if (keep < 32) end[i] = ((end[i] as number) | (0xffffffff >>> keep)) >>> 0;
    }
    (parsed.v6 ? v6 : v4).push({ start, end, bits: parsed.bits, owner: intern(owners, range) });
  }
  const table4 = flattenRanges(v4);
  const table6 = flattenRanges(v6);
  const starts4 = new Uint32Array(table4.length);
  const ends4 = new Uint32Array(table4.length);
  const owners4 = new Array<RangeOwner>(table4.length);
  table4.forEach((segment, i) => {
    starts4[i] = segment.start[3];
    ends4[i] = segment.end[3];
    owners4[i] = segment.owner;
  });
  const starts6 = new Uint32Array(table6.length * 4);
  const ends6 = new Uint32Array(table6.length * 4);
  const owners6 = new Array<RangeOwner>(table6.length);
  table6.forEach((segment, i) => {
    starts6.set(segment.start, i * 4);
    ends6.set(segment.end, i * 4);
    owners6[i] = segment.owner;
  });
  const words = new Uint32Array(4);

  const lookup4 = (value: number): RangeOwner | undefined => {
    let lo = 0;
    let hi = starts4.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts4[mid] as number) <= value) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && value <= (ends4[hi] as number) ? owners4[hi] : undefined;
  };

  const lookup = (ip: string): RangeOwner | undefined => {
    if (typeof ip !== 'string' || ip.length === 0 || ip.length > 64) return undefined;
    if (!ip.includes(':')) {
      const value = parseIPv4(ip);
      return value < 0 ? undefined : lookup4(value);
    }
    if (!parseIPv6(ip, words)) return undefined;
    // IPv4-mapped (::ffff:a.b.c.d) is the IPv4 address.
    if (words[0] === 0 && words[1] === 0 && words[2] === 0xffff) return lookup4(words[3] as number);
    let lo = 0;
    let hi = owners6.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(starts6, mid, words) <= 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && compareAt(ends6, hi, words) >= 0 ? owners6[hi] : undefined;
  };
  return Object.assign(lookup, { v4Segments: owners4.length, v6Segments: owners6.length });
}

/** The parsers hand over canonical CIDRs: read those with the fast parsers, anything else with parseCidr. */
function readCidr(cidr: string): ParsedCidr | undefined {
  const slash = typeof cidr === 'string' ? cidr.indexOf('/') : -1;
  if (slash > 0) {
    const bits = Number(cidr.slice(slash + 1));
    const v6 = cidr.includes(':');
    if (Number.isInteger(bits) && bits >= 0 && bits <= (v6 ? 128 : 32)) {
      if (!v6) {
        const value = parseIPv4(cidr, 0, slash);
        const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
        if (value >= 0 && ((value & mask) >>> 0) === value) return { v6, words: [0, 0, 0, value], bits, text: cidr };
      } else if (parseIPv6(cidr.slice(0, slash), SCRATCH)) {
        const words: Words = [0, 0, 0, 0];
        for (let i = 0; i < 4; i++) {
          const keep = Math.max(0, Math.min(32, bits - 32 * i));
          words[i] = keep === 0 ? 0 : ((SCRATCH[i] ?? 0) & ((~0 << (32 - keep)) >>> 0)) >>> 0;
        }
        return { v6, words, bits, text: cidr };
      }
    }
  }
  return parseCidr(cidr);
}

const SCRATCH = new Uint32Array(4);

/** table[index] compared with the address in `words`. */
function compareAt(table: Uint32Array, index: number, words: Uint32Array): number {
  const at = index * 4;
  for (let i = 0; i < 4; i++) {
    const d = (table[at + i] as number) - (words[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

function intern(owners: Map<string, RangeOwner>, range: IpRange): RangeOwner {
  const key = `${range.provider}\u0000${range.service ?? ''}\u0000${range.region ?? ''}\u0000${range.edge}`;
  let owner = owners.get(key);
  if (owner === undefined) {
    owner = { provider: range.provider, edge: range.edge === true };
    if (range.service !== undefined) owner.service = range.service;
    if (range.region !== undefined) owner.region = range.region;
    owners.set(key, Object.freeze(owner));
  }
  return owner;
}

