// A content path on one gateway: subdomain style (<cidv1-base32>.ipfs.<gw>, inlined DNSLink names under
// .ipns.) where the gateway supports it, for per-site origin isolation; path style otherwise.
import { isDnsName, toBase32Cid } from './cid';
import type { ContentPath } from './content-path';
import { safeHttpsUrl } from './safe-url';

/** DNSLink name → one DNS label (specs.ipfs.tech subdomain gateway): '-' → '--', then '.' → '-'. */
export function inlineDnslinkName(name: string): string {
  return name.replaceAll('-', '--').replaceAll('.', '-');
}

/** `tail` is the path (and query) to open below the content root, starting with '/' or empty. */
export function gatewayUrl(gateway: string, content: ContentPath, tail: string, subdomain: boolean): string | undefined {
  const base = safeHttpsUrl(gateway);
  if (base === undefined) return undefined;
  const { host } = new URL(base);
  const rest = tail.startsWith('/') ? content.rest.replace(/\/$/, '') : content.rest;
  const suffix = `${rest}${tail}` || '/';
  const label = subdomain ? subdomainLabel(content) : undefined;
  if (label !== undefined) return safeHttpsUrl(`https://${label}.${content.namespace}.${host}${suffix.startsWith('/') ? suffix : `/${suffix}`}`);
  return safeHttpsUrl(`https://${host}/${content.namespace}/${content.root}${suffix.startsWith('/') ? suffix : `/${suffix}`}`);
}

function subdomainLabel(content: ContentPath): string | undefined {
  let label: string | undefined;
  if (content.namespace === 'ipfs') label = toBase32Cid(content.root);
  else if (isDnsName(content.root)) label = inlineDnslinkName(content.root);
  else if (/^[bk][a-z0-9]+$/.test(content.root)) label = content.root; // base32/base36 key CIDs are lowercase already
  return label !== undefined && label.length <= 63 ? label : undefined;
}
