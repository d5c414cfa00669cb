// Pages on hosts that serve many unrelated owners: what one of them announces (an x-ipfs-path, an
// Onion-Location) says nothing about the next page there, so no mirror source is learned from them.
// Path-style buckets (`s3.amazonaws.com/<bucket>/…`, `storage.googleapis.com/<bucket>/…`) and IPFS path
// gateways (any host answering `/ipfs/<cid>` or `/ipns/<name>`, and the public gateways by name).
import { keptAddress } from '../kept-address';

const PATH_STYLE_BUCKETS = /^(s3|s3[.-][a-z0-9-]+|s3\.dualstack\.[a-z0-9-]+)\.amazonaws\.com(\.cn)?$|^storage\.(googleapis|cloud\.google)\.com$/;
const PATH_GATEWAYS: ReadonlySet<string> = new Set([
  'ipfs.io', 'gateway.ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'w3s.link', 'nftstorage.link', 'trustless-gateway.link',
  'gateway.pinata.cloud', 'ipfs.filebase.io', '4everland.io', 'ipfs.runfission.com',
]);

/** The page a mirror announcement is learned from (scheme, host, path), or undefined on a shared host. */
export function announcingPage(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol) || isSharedPage(parsed)) return undefined;
  return keptAddress(url);
}

export function isSharedPage(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return PATH_STYLE_BUCKETS.test(host) || PATH_GATEWAYS.has(host) || /^\/ip[fn]s\//i.test(url.pathname);
}
