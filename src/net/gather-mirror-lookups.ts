// Every lookup suggestMirrors reads, run side by side for one failing page, each bounded by its own
// timeout (a slow archive never holds up the gateways), plus the addresses of the mirror hosts so the
// caller can tell which provider fronts each one (frontedByFrom).
import type { ArchiveTodayLookup, DnslinkAnswer, GatewayHealth, MementoLookup, WaybackLookup } from '../core/mirrors';
import { hasIpfsContent, isDnsName } from '../core/mirrors';
import { ARCHIVE_TODAY, lookupArchiveToday } from './archive-today';
import { DOH_RESOLVERS, resolveAddresses, resolveDnslink, type DohResolver } from './doh';
import type { FetchImpl } from './fetch-body';
import { DEFAULT_GATEWAYS, probeGateways, type GatewayHealthCache } from './gateway-probe';
import { lookupMementos } from './memento';
import { WAYBACK_API, lookupWayback } from './wayback';

export interface MirrorClientConfig {
  waybackApi: string; // '': do not ask
  archiveToday: string | null; // null: do not ask
  mementoAggregator: string | null; // a MemGator base URL; null: do not ask (no public default since TimeTravel closed)
  dohResolvers: readonly DohResolver[];
  gateways: readonly string[];
  timeoutMs: number;
}

export const DEFAULT_MIRROR_CONFIG: MirrorClientConfig = {
  waybackApi: WAYBACK_API, archiveToday: ARCHIVE_TODAY, mementoAggregator: null, dohResolvers: DOH_RESOLVERS, gateways: DEFAULT_GATEWAYS, timeoutMs: 5000,
};

export interface MirrorLookups {
  wayback?: WaybackLookup; // absent when the Wayback Machine is not to be asked
  archiveToday?: ArchiveTodayLookup;
  memento?: MementoLookup;
  dnslink: DnslinkAnswer[];
  gateways: GatewayHealth[];
  addresses: Map<string, string[]>; // mirror host → its addresses, for frontedByFrom (which also asks parent domains)
}

export interface GatherOptions {
  now: number;
  failingProvider?: string | null;
  gatewayCache: GatewayHealthCache;
  addressHosts?: readonly string[]; // extra hosts to resolve (default: the archives, eth.limo and healthy gateways)
  ipfsPath?: string; // an x-ipfs-path learned earlier for the page's host
}

export async function gatherMirrorLookups(pageUrl: string, fetchImpl: FetchImpl, config: MirrorClientConfig, options: GatherOptions): Promise<MirrorLookups> {
  const { timeoutMs } = config;
  const host = hostOf(pageUrl) ?? '';
  const doh = { timeoutMs, resolvers: config.dohResolvers, failingProvider: options.failingProvider ?? null, now: options.now };
  // Gateways are probed only when there is IPFS content to offer (a learned x-ipfs-path, or once DNSLink
  // names some): a page without any sends nothing to them.
  const content = (dnslink: readonly DnslinkAnswer[]) =>
    hasIpfsContent({ dnslink }, options.ipfsPath) ? probeGateways(config.gateways, fetchImpl, { timeoutMs, now: options.now, cache: options.gatewayCache }) : Promise.resolve([]);
  const [wayback, archiveToday, memento, [dnslink, gateways]] = await Promise.all([
    config.waybackApi === '' ? undefined : lookupWayback(pageUrl, fetchImpl, { baseUrl: config.waybackApi, timeoutMs }),
    config.archiveToday === null ? undefined : lookupArchiveToday(pageUrl, fetchImpl, { baseUrl: config.archiveToday, timeoutMs }),
    config.mementoAggregator === null ? undefined : lookupMementos(pageUrl, fetchImpl, { baseUrl: config.mementoAggregator, timeoutMs }),
    (isDnsName(host) ? resolveDnslink(host, fetchImpl, doh) : Promise.resolve([] as DnslinkAnswer[])).then(async (found) => [found, await content(found)] as const),
  ]);
  const hosts = new Set(options.addressHosts ?? defaultAddressHosts(config, host));
  for (const gateway of gateways) if (gateway.ok) hosts.add(hostOf(gateway.gateway) ?? '');
  const addresses = new Map<string, string[]>();
  await Promise.all([...hosts].filter(isDnsName).map(async (name) => {
    const result = await resolveAddresses(name, fetchImpl, { ...doh, count: 1 });
    if (result.ok) addresses.set(name, result.data);
  }));
  const lookups: MirrorLookups = { dnslink, gateways, addresses };
  if (wayback !== undefined) lookups.wayback = wayback;
  if (archiveToday !== undefined) lookups.archiveToday = archiveToday;
  if (memento !== undefined) lookups.memento = memento;
  return lookups;
}

/** The hosts of the services that will be offered: only those the person has not switched off. */
function defaultAddressHosts(config: MirrorClientConfig, pageHost: string): string[] {
  const hosts: string[] = [];
  if (config.waybackApi !== '') hosts.push('web.archive.org');
  if (config.archiveToday !== null) hosts.push(hostOf(config.archiveToday) ?? 'archive.ph');
  if (pageHost.endsWith('.eth')) hosts.push('eth.limo');
  return hosts;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
