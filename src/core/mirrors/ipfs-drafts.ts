// IPFS suggestions: the site's content path (the failing gateway URL itself, DNSLink, or an x-ipfs-path
// seen on a healthy visit) on the healthy gateways, fastest first, those away from the failing provider
// preferred.
import { contentFromGatewayUrl } from './content-from-url';
import { parseContentPath, type ContentPath } from './content-path';
import { phrase, type Phrase } from '../explain/phrase';
import { describeAge, seenFreshness } from './describe-age';
import { pageTail, type Draft } from './draft';
import { gatewayUrl } from './gateway-url';
import { pickDnslink } from './pick-dnslink';
import type { GatewayHealth, MirrorInput } from './types';

interface Source {
  content: ContentPath;
  tail: string; // what to open below the content path
  avoidHost?: string; // the failing gateway
  why: Phrase;
  freshness: Phrase;
  warning?: Phrase;
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
      const checked = describeAge(input.now - gateway.checkedAt);
      const draft: Draft = {
        kind: 'ipfs', action: 'open', url, host, label: phrase('mirrorLabelIpfs', host),
        why: source.why,
        freshness: typeof gateway.latencyMs === 'number'
          ? phrase('mirrorFreshGatewayLatency', source.freshness, checked, Math.round(gateway.latencyMs))
          : phrase('mirrorFreshGateway', source.freshness, checked),
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
      why: phrase('mirrorWhyIpfsGateway'),
      freshness: phrase('mirrorFreshFromAddress'),
    });
  }
  const dnslink = pickDnslink(input.dnslink);
  if (dnslink !== undefined) {
    const read = typeof dnslink.checkedAt === 'number' ? describeAge(input.now - dnslink.checkedAt) : phrase('mirrorAgeNow');
    const source: Source = {
      content: dnslink.content, tail: pageTail(page),
      why: phrase('mirrorWhyDnslink'),
      freshness: phrase('mirrorFreshDnslink', read, dnslink.resolvers.join(', ')),
    };
    if (dnslink.disagreement) source.warning = phrase('mirrorWarnDnslinkDisagree');
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
        why: phrase('mirrorWhyIpfsPath', input.learned?.announcedBy ?? page.origin),
        freshness: seenFreshness(input.now, seen),
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
