// A keyed hash of the client address for rate limiting, never the address itself. The key is random,
// lives only in memory and is replaced every UTC day, so yesterday's hashes cannot be linked to today's
// (Plausible's daily salt); nothing that could reverse it is ever written down.
import { createHmac, randomBytes } from 'node:crypto';

const DAY_MS = 86_400_000;

export interface AddressHasher {
  /** The address's hash under today's key; `rotated` is true when this call started a new day. */
  hash(address: string): { id: string; rotated: boolean };
}

export function createAddressHasher(now: () => number, newKey: () => Buffer = () => randomBytes(32)): AddressHasher {
  let day = Number.NaN;
  let key: Buffer = Buffer.alloc(0);
  return {
    hash(address) {
      const today = Math.floor(now() / DAY_MS);
      const rotated = today !== day;
      if (rotated) {
        key.fill(0);
        key = newKey();
        day = today;
      }
      return { id: createHmac('sha256', key).update(address).digest('base64url'), rotated };
    },
  };
}
