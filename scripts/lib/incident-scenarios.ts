// An edge outage across sites (issue 5): unrelated sites behind Cloudflare whose pages all fail at its
// edge in Frankfurt (a Cloudflare-generated 500 with cf-error-type, as on 18 Nov 2025), and a healthy,
// unrelated page open in another tab meanwhile.
import { cfRay, cloudflareErrorHeaders, cloudflareErrorStylesheet, cloudflareInternalErrorPage } from './providers/cloudflare';
import { hexId } from './reply';
import type { ServedScenario } from './scenarios';

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
    paths: { '/cdn-cgi/styles/main.css': cloudflareErrorStylesheet(cfRay(hexId(501, index + 1), 'FRA')) },
    expected: { provider: 'cloudflare', failure: 'edge', status: 500, pop: 'FRA', badge: '1', badgeColor: 'red' },
  };
}

export const EDGE_OUTAGE: readonly ServedScenario[] = SITES.map(edgeDown);

export const UNRELATED_HEALTHY: ServedScenario = {
  name: 'unrelated-healthy',
  summary: 'A healthy page with no provider in front, open in another tab during the outage',
  host: 'www.hollowcreek-library.org',
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!doctype html><html><head><title>Hollow Creek Library</title></head><body><h1>Opening hours</h1><p>Mon–Sat 9–18</p></body></html>',
  expected: { provider: null, failure: 'none', status: 200, badge: '' },
};
