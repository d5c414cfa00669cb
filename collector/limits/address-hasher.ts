// A keyed hash of the client's address, never the address itself: the rate limiter's key and the sender
// identity that k-anonymity counts. The key is random, lives only in memory and is replaced every UTC
// day, so yesterday's hashes cannot be linked to today's (Plausible's daily salt); nothing that could
// reverse it is ever written down. An IPv6 client is one /64 (what one subscriber gets), so rotating
// through its own addresses does not make it many clients.
import { createHmac, randomBytes } from 'node:crypto';
import ipaddr from 'ipaddr.js';

const DAY_MS = 86_400_000;

export interface AddressHasher {
  /** The client's hash under today's key, and the UTC day that key belongs to. */
  hash(address: string): { id: string; day: number };
}

/** The part of an address that names one client: an IPv4 address (also IPv4-mapped IPv6), or an IPv6 /64. */
export function clientKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}

export function createAddressHasher(now: () => number, newKey: () => Buffer = () => randomBytes(32)): AddressHasher {
  let day = Number.NaN;
  let key: Buffer = Buffer.alloc(0);
  return {
    hash(address) {
      const today = Math.floor(now() / DAY_MS);
      if (today !== day) {
        key.fill(0);
        key = newKey();
        day = today;
      }
      return { id: createHmac('sha256', key).update(clientKey(address)).digest('base64url'), day };
    },
  };
}
