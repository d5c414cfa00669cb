// An edge outage across sites: unrelated sites behind Cloudflare whose pages all fail at its
// edge in Frankfurt (a Cloudflare-generated 500 with cf-error-type, as on 18 Nov 2025), and a healthy,
// unrelated page open in another tab meanwhile.
import { cfRay, cloudflareErrorHeaders, cloudflareErrorStylesheet, cloudflareInternalErrorPage, cloudflareOkHeaders } from './providers/cloudflare';
import { hexId, type Reply } from './reply';
import type { ServedScenario } from './scenarios';

/**
 * Each site's healthy page, visited before the outage: every scenario host is served from 127.0.0.1, an
 * address that says nothing about who answers, so Detour counts a failure only on a host it saw Cloudflare
 * serve healthily before (src/core/corroborate.ts).
 */
export const HEALTHY_PATH = '/healthy';

function healthyPage(host: string, index: number): Reply {
  return { status: 200, headers: cloudflareOkHeaders(cfRay(hexId(502, index + 1), 'FRA')), body: `<!doctype html><html><head><title>${host}</title></head><body><p>Open as usual.</p></body></html>` };
}

const SITES = ['www.alderpoint-tickets.com', 'shop.maplestone-books.co.uk', 'app.quillfeather-notes.io', 'www.riverbend-dental.org', 'portal.saltmarsh-energy.net'];

function edgeDown(host: string, index: number): ServedScenario {
  const rayId = hexId(500, index + 1);
  return {
    name: `edge-outage-${index + 1}`,
    summary: `Cloudflare's Frankfurt edge failing for ${host} (one of several unrelated sites)`,
    host,
    status: 500,
    headers: cloudflareErrorHeaders(cfRay(rayId, 'FRA'), { 'cf-error-type': '500' }),
    body: cloudflareInternalErrorPage(host, rayId),
    paths: { '/cdn-cgi/styles/main.css': cloudflareErrorStylesheet(cfRay(hexId(501, index + 1), 'FRA')), [HEALTHY_PATH]: healthyPage(host, index) },
    expected: { provider: 'cloudflare', failure: 'edge', status: 500, pop: 'FRA', badge: '1', badgeColor: 'red' },
  };
}

export const EDGE_OUTAGE: readonly ServedScenario[] = SITES.map(edgeDown);

// A spoofed outage: Cloudflare's own 500 page and headers (server, cf-ray, cf-error-type), served by sites
// Detour never saw Cloudflare serve, two of them free subdomains of one platform. None may open an incident.
const SPOOFERS = ['www.copperfield-lanterns.com', 'shop.gannet-ridge-outfitters.net', 'status.birchwood-ledger.org', 'alpha-mirror.github.io', 'beta-mirror.github.io', 'gamma-mirror.herokuapp.com'];
// (Platforms on .io and .com: .dev and .app are HSTS-preloaded, and the simulator speaks plain HTTP.)

function spoofed(host: string, index: number): ServedScenario {
  return { ...edgeDown(host, index + SITES.length), name: `spoofed-outage-${index + 1}`, summary: `A page dressed as Cloudflare's Frankfurt edge failing, on ${host} (never seen behind Cloudflare)`, paths: {} };
}

export const SPOOFED_OUTAGE: readonly ServedScenario[] = SPOOFERS.map(spoofed);

export const UNRELATED_HEALTHY: ServedScenario = {
  name: 'unrelated-healthy',
  summary: 'A healthy page with no provider in front, open in another tab during the outage',
  host: 'www.hollowcreek-library.org',
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!doctype html><html><head><title>Hollow Creek Library</title></head><body><h1>Opening hours</h1><p>Mon–Sat 9–18</p></body></html>',
  expected: { provider: null, failure: 'none', status: 200, badge: '' },
};
