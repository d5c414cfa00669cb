// CIDR text from a published list → the network it names, validated and in canonical text. Parsing is
// ipaddr.js's (its parseCIDR costs ~10 µs an IPv4 entry, so the prefix length is split off here first).
// The host bits are cleared: '104.16.0.1/13' is read as the network it names.
import ipaddr from 'ipaddr.js';
import { formatIPv6 } from './format-ipv6';

export interface ParsedCidr {
  v6: boolean;
  words: [number, number, number, number]; // v4: [0, 0, 0, address]; v6: four 32-bit words, most significant first
  bits: number;
  text: string; // canonical
}

const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const LENGTH = /^\d{1,3}$/;

/** The network a CIDR (or a bare address, as /32 or /128) names, or undefined if it is not one. */
export function parseCidr(input: unknown): ParsedCidr | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const text = input.trim();
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const v6 = address.includes(':');
  if (slash >= 0 && !LENGTH.test(text.slice(slash + 1))) return undefined;
  const bits = slash < 0 ? (v6 ? 128 : 32) : Number(text.slice(slash + 1));
  if (bits > (v6 ? 128 : 32)) return undefined;
  try {
    if (!v6) {
      // Only dotted quads: ipaddr.js also takes '10', '10.1' and hex or octal forms, which no list means.
      if (!DOTTED_QUAD.test(address)) return undefined;
      const b = ipaddr.IPv4.parse(address).octets;
      const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
      const value = ((((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) & mask) >>> 0;
      return { v6: false, words: [0, 0, 0, value], bits, text: `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}/${bits}` };
    }
    if (address.includes('%')) return undefined;
    const parts = ipaddr.IPv6.parse(address).parts;
    const words: [number, number, number, number] = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
      const word = (((parts[2 * i] ?? 0) << 16) | (parts[2 * i + 1] ?? 0)) >>> 0;
      const keep = Math.max(0, Math.min(32, bits - 32 * i));
      words[i] = keep === 0 ? 0 : (word & ((~0 << (32 - keep)) >>> 0)) >>> 0;
    }
    return { v6: true, words, bits, text: `${formatIPv6(words)}/${bits}` };
  } catch {
    return undefined;
  }
}
