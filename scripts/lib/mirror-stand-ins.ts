// Local stand-ins for the services Detour asks about mirrors, on their real-looking https: names: the Wayback
// Machine (availability API and snapshots), archive.today (/newest/ redirect and snapshots), a DNS-over-HTTPS
// JSON resolver (DNSLink TXT, addresses) and IPFS gateways (the checker's CID, content paths). One https
// server answers by Host header; the browsers reach it through a small CONNECT proxy (launch option
// httpsProxyPort) because the links must stay https://<name>/ on port 443, which loopback mapping alone
// cannot give without binding port 443. Nothing here reaches the internet: the proxy tunnels stand-in
// names only and refuses the rest.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { CHECKER_CID, CHECKER_TEXT } from '../../src/net/mirrors';
import { listenOnLoopback, startConnectProxy, stopServer } from './connect-proxy';
import { standInCertificate } from './mirror-stand-ins-tls';

/** The names the stand-ins answer for (all on port 443 as the browser sees it). */
export const STAND_IN_HOSTS = {
  waybackApi: 'archive.org',
  wayback: 'web.archive.org',
  archiveToday: 'archive.ph',
  /** A MemGator-style Memento aggregator, and the other archive its TimeMap names. */
  memento: 'memgator.stand-in-archive.net',
  otherArchive: 'webarchive.stand-in-archive.org',
  doh: 'dns.stand-in-resolver.net',
  gateway: 'ipfs.stand-in-gateway.net',
  /** A healthy gateway whose address (as the DoH stand-in answers) is in Cloudflare's ranges. */
  cloudflareGateway: 'cf.stand-in-gateway.net',
  /** Accepts the connection and never answers: the probe's timeout has to end it. */
  silentGateway: 'stuck.stand-in-gateway.net',
} as const;

/** The Wayback snapshot every archived page gets (17 Nov 2025, 09:30:12 UTC). */
export const SNAPSHOT_TIMESTAMP = '20251117093012';
/** The DoH stand-in's A answer for cloudflareGateway: inside Cloudflare's 104.16.0.0/13. */
export const CLOUDFLARE_ADDRESS = '104.16.0.10';
/** The DoH stand-in's A answer for every other name (TEST-NET-1: nobody's range). */
export const NOBODY_ADDRESS = '192.0.2.80';
/** A valid CIDv1 for DNSLink answers. */
export const STAND_IN_CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';

export interface StandInOptions {
  /** _dnslink.<host> TXT values by host, e.g. { 'shop.example.com': ['dnslink=/ipfs/…'] }. */
  dnslink?: Record<string, string[]>;
  /** Hosts the Wayback Machine has never archived (the API answers `{}`). */
  notArchived?: readonly string[];
  /** Hosts for which the availability API answers only after SLOW_MS, longer than the settings' timeout. */
  slowWayback?: readonly string[];
  /** Hosts for which both archives answer with a snapshot on HOSTILE_HOST (a compromised or spoofed archive). */
  hostileArchives?: readonly string[];
}

/** Where a hostile archive answer points; Detour must never offer it. */
export const HOSTILE_HOST = 'evil.stand-in.example';

/** How late a slow stand-in answers (the settings give each lookup 2 s). */
export const SLOW_MS = 3500;

export interface StandInRequest {
  host: string;
  /** Path and query as requested. */
  url: string;
}

export interface MirrorStandIns {
  /** Where the browsers send https: traffic (LaunchOptions.httpsProxyPort). */
  proxyPort: number;
  /** Detour's mirror settings pointed at the stand-ins (merge into LaunchOptions.settings). */
  settings: Record<string, unknown>;
  /** Every request the stand-ins answered, oldest first. */
  requests: StandInRequest[];
  /** The https link Detour should offer for pageUrl's Wayback snapshot. */
  waybackSnapshotUrl(pageUrl: string): string;
  /** The https link Detour should offer for pageUrl's archive.today snapshot. */
  archiveTodaySnapshotUrl(pageUrl: string): string;
  /** The https link Detour should offer for pageUrl's newest capture in the other archive the aggregator knows. */
  mementoSnapshotUrl(pageUrl: string): string;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

export async function startMirrorStandIns(options: StandInOptions = {}): Promise<MirrorStandIns> {
  const names = Object.values(STAND_IN_HOSTS) as string[];
  const requests: StandInRequest[] = [];
  const held = new Set<ServerResponse>();
  const handlers: Record<string, Handler> = {
    [STAND_IN_HOSTS.waybackApi]: waybackApi(new Set(options.notArchived ?? []), new Set(options.slowWayback ?? []), new Set(options.hostileArchives ?? []), held),
    [STAND_IN_HOSTS.wayback]: (_q, response, url) => page(response, 'Wayback Machine stand-in', url),
    [STAND_IN_HOSTS.archiveToday]: archiveToday(new Set(options.hostileArchives ?? [])),
    [STAND_IN_HOSTS.memento]: memento,
    [STAND_IN_HOSTS.otherArchive]: (_q, response, url) => page(response, 'Web archive stand-in', url),
    [STAND_IN_HOSTS.doh]: doh(options.dnslink ?? {}),
    [STAND_IN_HOSTS.gateway]: gateway,
    [STAND_IN_HOSTS.cloudflareGateway]: gateway,
    [STAND_IN_HOSTS.silentGateway]: (_q, response) => void held.add(response),
  };

  const tls = createHttpsServer(standInCertificate(names), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(request.url ?? '/', `https://${host}`);
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    requests.push({ host, url: request.url ?? '/' });
    const handler = handlers[host];
    if (!handler) return void response.writeHead(421, { 'content-type': 'text/plain' }).end(`No stand-in for ${host}\n`);
    handler(request, response, url);
  });
  tls.keepAliveTimeout = 1000;
  const tlsPort = await listenOnLoopback(tls);

  const proxy = await startConnectProxy(tlsPort, (host) => names.includes(host));
  const proxyPort = proxy.port;

  return {
    proxyPort,
    requests,
    settings: {
      suggestMirrors: true,
      waybackApiUrl: `https://${STAND_IN_HOSTS.waybackApi}`,
      archiveTodayUrl: `https://${STAND_IN_HOSTS.archiveToday}`,
      mementoAggregatorUrl: `https://${STAND_IN_HOSTS.memento}`,
      dohResolverUrl: `https://${STAND_IN_HOSTS.doh}/resolve`,
      gateways: [`https://${STAND_IN_HOSTS.cloudflareGateway}`, `https://${STAND_IN_HOSTS.gateway}`, `https://${STAND_IN_HOSTS.silentGateway}`],
      mirrorTimeoutMs: 2000,
    },
    waybackSnapshotUrl: (pageUrl) => `https://${STAND_IN_HOSTS.wayback}/web/${SNAPSHOT_TIMESTAMP}/${pageUrl}`,
    archiveTodaySnapshotUrl: (pageUrl) => `https://${STAND_IN_HOSTS.archiveToday}/${archiveTodayId(pageUrl)}`,
    mementoSnapshotUrl: (pageUrl) => `https://${STAND_IN_HOSTS.otherArchive}/wayback/${MEMENTO_TIMESTAMP}/${pageUrl}`,
    async close() {
      for (const response of held) response.destroy();
      await Promise.all([stopServer(tls), proxy.close()]);
    },
  };
}

function waybackApi(notArchived: ReadonlySet<string>, slow: ReadonlySet<string>, hostile: ReadonlySet<string>, held: Set<ServerResponse>): Handler {
  return (request, response, url) => {
    if (url.pathname !== '/wayback/available') return notFound(response);
    const pageUrl = url.searchParams.get('url') ?? '';
    let host = '';
    try {
      host = new URL(pageUrl).hostname;
    } catch {
      // an unparsable url is simply not archived
    }
    const snapshotHost = hostile.has(host) ? HOSTILE_HOST : 'web.archive.org';
    const closest = { status: '200', available: true, url: `http://${snapshotHost}/web/${SNAPSHOT_TIMESTAMP}/${pageUrl}`, timestamp: SNAPSHOT_TIMESTAMP };
    const answer = () => json(response, { url: pageUrl, archived_snapshots: host === '' || notArchived.has(host) ? {} : { closest } });
    if (!slow.has(host)) return answer();
    held.add(response);
    const timer = setTimeout(() => {
      held.delete(response);
      if (!response.destroyed) answer();
    }, SLOW_MS);
    request.on('close', () => clearTimeout(timer));
  };
}

/** /newest/<url> redirects to a snapshot id (elsewhere for a hostile host); the snapshot itself is a page. */
function archiveToday(hostile: ReadonlySet<string>): Handler {
  return (_request, response, url) => {
    if (!url.pathname.startsWith('/newest/')) return page(response, 'archive.today stand-in', url);
    const target = url.pathname.slice('/newest/'.length) + url.search;
    let host = '';
    try {
      host = new URL(target).hostname;
    } catch {
      // not a URL: an ordinary snapshot id all the same
    }
    const snapshotHost = hostile.has(host) ? HOSTILE_HOST : STAND_IN_HOSTS.archiveToday;
    response.writeHead(302, { location: `https://${snapshotHost}/${archiveTodayId(target)}` }).end();
  };
}

const MEMENTO_TIMESTAMP = '20251020120000';

/** MemGator's /timemap/json/<url>: two captures in another archive (the newest is offered) and one in the Wayback Machine (left to its own entry). */
function memento(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  if (!url.pathname.startsWith('/timemap/json/')) return notFound(response);
  const pageUrl = url.pathname.slice('/timemap/json/'.length) + url.search;
  const other = `https://${STAND_IN_HOSTS.otherArchive}/wayback`;
  json(response, {
    original_uri: pageUrl,
    mementos: {
      list: [
        { datetime: '2024-03-02T08:00:00Z', uri: `${other}/20240302080000/${pageUrl}` },
        { datetime: '2025-10-20T12:00:00Z', uri: `${other}/${MEMENTO_TIMESTAMP}/${pageUrl}` },
        { datetime: '2025-11-17T09:30:12Z', uri: `https://web.archive.org/web/${SNAPSHOT_TIMESTAMP}/${pageUrl}` },
      ],
    },
  });
}

/** Google-style /resolve JSON: DNSLink TXT from the table, NXDOMAIN for other TXT; A: a Cloudflare address for cloudflareGateway, a documentation address for the rest. */
function doh(dnslink: Record<string, string[]>): Handler {
  return (_request, response, url) => {
    const name = (url.searchParams.get('name') ?? '').toLowerCase();
    const type = url.searchParams.get('type') ?? 'A';
    const question = [{ name: `${name}.`, type: type === 'TXT' ? 16 : type === 'AAAA' ? 28 : 1 }];
    if (type === 'TXT') {
      const values = name.startsWith('_dnslink.') ? dnslink[name.slice('_dnslink.'.length)] : undefined;
      if (!values) return json(response, { Status: 3, Question: question });
      return json(response, { Status: 0, Question: question, Answer: values.map((value) => ({ name: `${name}.`, type: 16, TTL: 300, data: `"${value}"` })) });
    }
    if (type === 'AAAA') return json(response, { Status: 0, Question: question });
    const address = name === STAND_IN_HOSTS.cloudflareGateway ? CLOUDFLARE_ADDRESS : NOBODY_ADDRESS;
    json(response, { Status: 0, Question: question, Answer: [{ name: `${name}.`, type: 1, TTL: 300, data: address }] });
  };
}

function gateway(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  if (url.pathname === `/ipfs/${CHECKER_CID}`) return void response.writeHead(200, { 'content-type': 'text/plain' }).end(`${CHECKER_TEXT}\n`);
  if (url.pathname.startsWith('/ipfs/') || url.pathname.startsWith('/ipns/')) return page(response, 'IPFS gateway stand-in', url);
  notFound(response);
}

/** A short snapshot id derived from the archived URL (stable, so tests know the link to expect). */
function archiveTodayId(pageUrl: string): string {
  let hash = 0;
  for (const char of pageUrl) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(36).padStart(5, '0').slice(-5);
}

function page(response: ServerResponse, title: string, url: URL): void {
  const escaped = url.href.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1><p id="served">${escaped}</p></html>\n`);
}

function json(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found\n');
}
