// Shapes of IPFS content ids and IPNS names (not full multiformat decoding): enough to refuse anything
// that is not one before it is put into a URL.
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

const CID_SHAPES: readonly RegExp[] = [
  /^Qm[1-9A-HJ-NP-Za-km-z]{44}$/, // CIDv0 (base58btc sha2-256 multihash)
  /^b[a-z2-7]{50,200}$/, // CIDv1 base32
  /^B[A-Z2-7]{50,200}$/, // CIDv1 base32 upper
  /^z[1-9A-HJ-NP-Za-km-z]{40,200}$/, // CIDv1 base58btc
  /^k[0-9a-z]{40,200}$/, // CIDv1 base36
  /^f[0-9a-f]{60,300}$/, // CIDv1 base16
];

export function isCid(value: string): boolean {
  return CID_SHAPES.some((shape) => shape.test(value));
}

/** A DNS name usable as a DNSLink IPNS name: lowercase labels, at least one dot, not an IPv4 address. */
export function isDnsName(value: string): boolean {
  if (typeof value !== 'string' || value.length > 253 || !value.includes('.') || /\.\d+$/.test(value)) return false;
  return value.split('.').every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** A libp2p key as an IPNS name: a CID, or a base58 peer id (12D3Koo…, Qm…). */
export function isIpnsKey(value: string): boolean {
  return isCid(value) || /^12D3Koo[1-9A-HJ-NP-Za-km-z]{40,50}$/.test(value);
}

/** The CIDv1 base32 form a subdomain gateway needs (DNS labels are case-insensitive), or undefined. */
export function toBase32Cid(cid: string): string | undefined {
  if (/^b[a-z2-7]+$/.test(cid)) return cid;
  if (/^B[A-Z2-7]+$/.test(cid)) return cid.toLowerCase();
  if (!cid.startsWith('Qm')) return undefined;
  const multihash = decodeBase58(cid);
  if (multihash === undefined || multihash.length !== 34 || multihash[0] !== 0x12 || multihash[1] !== 0x20) return undefined;
  // CIDv1 = version 1, codec dag-pb (0x70), then the same multihash.
  return `b${encodeBase32(Uint8Array.of(0x01, 0x70, ...multihash))}`;
}

function decodeBase58(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    let carry = BASE58.indexOf(char);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] as number) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const char of text) {
    if (char !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}
