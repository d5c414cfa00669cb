// IPFS suggestions: the site's content path (the failing gateway URL itself, DNSLink, or an x-ipfs-path
// seen on a healthy visit) on the healthy gateways, fastest first, those away from the failing provider
// preferred.
import { contentFromGatewayUrl } from './content-from-url';
import { parseContentPath, type ContentPath } from './content-path';
import { describeAge } from './describe-age';
import { pageTail, type Draft } from './draft';
import { gatewayUrl } from './gateway-url';
import { pickDnslink } from './pick-dnslink';
import type { GatewayHealth, MirrorInput } from './types';

interface Source {
  content: ContentPath;
  tail: string; // what to open below the content path
  avoidHost?: string; // the failing gateway
  why: string;
  freshness: string;
  warning?: string;
}

export function ipfsDrafts(input: MirrorInput, page: URL, onFailingProvider: (host: string) => boolean): Draft[] {
  const sources = contentSources(input, page);
  if (sources.length === 0) return [];
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const gateways = healthyGateways(input.gateways, [page.hostname, source.avoidHost], onFailingProvider).slice(0, input.maxGateways ?? 3);
    for (const gateway of gateways) {
      const url = gatewayUrl(gateway.gateway, source.content, source.tail, gateway.subdomain === true);
      if (url === undefined || seen.has(url)) continue;
      seen.add(url);
      const host = new URL(gateway.gateway).hostname;
      const latency = typeof gateway.latencyMs === 'number' ? `, answered in ${Math.round(gateway.latencyMs)} ms` : '';
      const draft: Draft = {
        kind: 'ipfs', action: 'open', url, host, label: `IPFS via ${host}`,
        why: source.why,
        freshness: `${source.freshness}; gateway checked ${describeAge(input.now - gateway.checkedAt)}${latency}`,
      };
      if (source.warning !== undefined) draft.warning = source.warning;
      drafts.push(draft);
    }
  }
  return drafts;
}

function contentSources(input: MirrorInput, page: URL): Source[] {
  const sources: Source[] = [];
  const onGateway = contentFromGatewayUrl(page);
  if (onGateway !== undefined) {
    sources.push({
      content: onGateway.content, tail: page.search, avoidHost: onGateway.gatewayHost,
      why: 'This page is IPFS content on a gateway that is failing; other gateways serve the same content.',
      freshness: 'read from the address of this page',
    });
  }
  const dnslink = pickDnslink(input.dnslink);
  if (dnslink !== undefined) {
    const read = typeof dnslink.checkedAt === 'number' ? describeAge(input.now - dnslink.checkedAt) : 'just now';
    const source: Source = {
      content: dnslink.content, tail: pageTail(page),
      why: 'The site publishes its content on IPFS (DNSLink record), so an IPFS gateway can serve it.',
      freshness: `DNSLink read ${read} from ${dnslink.resolvers.join(', ')}`,
    };
    if (dnslink.disagreement) source.warning = 'DNS resolvers gave different DNSLink values; this is the most common one.';
    sources.push(source);
  }
  const learned = parseContentPath(input.learned?.ipfsPath);
  if (learned !== undefined) {
    // The stored path belonged to whichever page was seen: keep its root, open this page below it.
    const content: ContentPath = { ...learned, rest: '' };
    const duplicate = sources.some((s) => s.content.namespace === content.namespace && s.content.root === content.root);
    const seen = input.learned?.seen;
    if (!duplicate) {
      sources.push({
        content, tail: pageTail(page),
        why: 'The site said its content is on IPFS (x-ipfs-path) when it last loaded, so an IPFS gateway can serve it.',
        freshness: typeof seen === 'number' ? `seen on your last healthy visit ${describeAge(input.now - seen)}` : 'seen on an earlier healthy visit',
      });
    }
  }
  return sources;
}

function healthyGateways(gateways: readonly GatewayHealth[] | undefined, avoid: readonly (string | undefined)[], onFailingProvider: (host: string) => boolean): GatewayHealth[] {
  const list: readonly GatewayHealth[] | undefined = gateways;
  if (!Array.isArray(list)) return [];
  return (list as readonly GatewayHealth[])
    .filter((g) => g?.ok === true && typeof g.gateway === 'string' && hostOf(g.gateway) !== undefined && !avoid.includes(hostOf(g.gateway)))
    .map((g) => ({ g, away: onFailingProvider(hostOf(g.gateway) as string) ? 1 : 0 }))
    .sort((a, b) => a.away - b.away || (a.g.latencyMs ?? Infinity) - (b.g.latencyMs ?? Infinity))
    .map(({ g }) => g);
}

function hostOf(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}
