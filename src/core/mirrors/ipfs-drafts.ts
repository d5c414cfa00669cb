// IPFS suggestions: the site's content path (from DNSLink now, or an x-ipfs-path seen on a healthy visit)
// on the healthy gateways, fastest first, those away from the failing provider preferred.
import { parseContentPath, type ContentPath } from './content-path';
import { describeAge } from './describe-age';
import { pageTail, type Draft } from './draft';
import { gatewayUrl } from './gateway-url';
import { pickDnslink } from './pick-dnslink';
import type { GatewayHealth, MirrorInput } from './types';

interface Source {
  content: ContentPath;
  why: string;
  freshness: string;
  warning?: string;
}

export function ipfsDrafts(input: MirrorInput, page: URL, onFailingProvider: (host: string) => boolean): Draft[] {
  const sources = contentSources(input);
  if (sources.length === 0) return [];
  const gateways = healthyGateways(input.gateways, page.hostname, onFailingProvider).slice(0, input.maxGateways ?? 3);
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    for (const gateway of gateways) {
      const url = gatewayUrl(gateway.gateway, source.content, pageTail(page), gateway.subdomain === true);
      if (url === undefined || seen.has(url)) continue;
      seen.add(url);
      const host = new URL(gateway.gateway).hostname;
      const latency = typeof gateway.latencyMs === 'number' ? `, answered in ${Math.round(gateway.latencyMs)} ms` : '';
      const draft: Draft = {
        kind: 'ipfs', action: 'open', url, host: new URL(url).hostname, label: `IPFS via ${host}`,
        why: source.why,
        freshness: `${source.freshness}; gateway checked ${describeAge(input.now - gateway.checkedAt)}${latency}`,
      };
      if (source.warning !== undefined) draft.warning = source.warning;
      drafts.push(draft);
    }
  }
  return drafts;
}

function contentSources(input: MirrorInput): Source[] {
  const sources: Source[] = [];
  const dnslink = pickDnslink(input.dnslink);
  if (dnslink !== undefined) {
    const source: Source = {
      content: dnslink.content,
      why: 'The site publishes its content on IPFS (DNSLink record), so an IPFS gateway can serve it.',
      freshness: `DNSLink read just now from ${dnslink.resolvers.join(', ')}`,
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
        content,
        why: 'The site said its content is on IPFS (x-ipfs-path) when it last loaded, so an IPFS gateway can serve it.',
        freshness: typeof seen === 'number' ? `seen on your last healthy visit ${describeAge(input.now - seen)}` : 'seen on an earlier healthy visit',
      });
    }
  }
  return sources;
}

function healthyGateways(gateways: readonly GatewayHealth[] | undefined, pageHost: string, onFailingProvider: (host: string) => boolean): GatewayHealth[] {
  if (!Array.isArray(gateways)) return [];
  return gateways
    .filter((g) => g?.ok === true && typeof g.gateway === 'string' && hostOf(g.gateway) !== undefined && hostOf(g.gateway) !== pageHost)
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
