// A failing page that is itself on an IPFS gateway (https://gw/ipfs/<cid>/…, https://<cid>.ipfs.gw/…,
// https://<inlined-name>.ipns.gw/…): its content path, so other gateways can serve the same thing.
import { isDnsName, isIpnsKey } from './cid';
import { parseContentPath, type ContentPath } from './content-path';

export interface GatewayPage {
  content: ContentPath;
  gatewayHost: string;
}

export function contentFromGatewayUrl(page: URL): GatewayPage | undefined {
  const byPath = parseContentPath(page.pathname);
  if (byPath !== undefined) return { content: byPath, gatewayHost: page.hostname };
  const match = /^([a-z0-9-]{1,63})\.(ipfs|ipns)\.(.+)$/.exec(page.hostname);
  if (match === null) return undefined;
  const [, label, namespace, gatewayHost] = match as unknown as [string, string, 'ipfs' | 'ipns', string];
  const root = namespace === 'ipns' && !isIpnsKey(label) ? uninline(label) : label;
  if (root === undefined) return undefined;
  const content = parseContentPath(`/${namespace}/${root}${page.pathname === '/' ? '' : page.pathname}`);
  return content === undefined ? undefined : { content, gatewayHost };
}

/** The reverse of inlineDnslinkName: '--' → '-', then a single '-' → '.'. */
function uninline(label: string): string | undefined {
  const name = label.replace(/--|-/g, (m) => (m === '--' ? '-' : '.'));
  return isDnsName(name) ? name : undefined;
}
