// Fastly (also in front of GitHub Pages and many others): providers.md §1.3.
import type { Context } from '../../context';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { generated, suffixCode } from '../../verdict';
import { parseFastly } from './ranges';

/** Reason phrases Fastly puts on the 503s it generates when the origin fails. */
const ORIGIN_REASONS = ['first byte timeout', 'backend read error', 'backend write error', 'connection refused', 'connection timed out', 'all backends failed or unhealthy', 'backend is unhealthy', 'backend unavailable', 'no healthy backends', 'no healthy ip available for the backend', 'between bytes timeout'];
const servedByPop = (value: string): string | undefined => suffixCode(value);

export const fastly: ProviderModule = {
  id: 'fastly',
  name: 'Fastly',
  depth: 0,
  headers: [
    { header: 'x-served-by', prefix: 'cache-', weight: 2, evidence: 'x-served-by: cache-… (Fastly)', pop: servedByPop },
    { header: 'x-timer', prefix: 's', contains: ',vs', weight: 2, evidence: 'x-timer header (Fastly)' },
    { header: 'x-fastly-request-id', weight: 2, evidence: 'x-fastly-request-id header', requestId: true },
    { header: 'fastly-debug-path', weight: 2, evidence: 'fastly-debug-path header' },
    { header: 'x-cache-hits', weight: 1, evidence: 'x-cache-hits header' },
    { header: 'via', contains: 'varnish', weight: 1, evidence: 'via: 1.1 varnish' },
  ],
  // The names Fastly gives its customers' services (example.global.ssl.fastly.net, example.freetls.fastly.net).
  hosts: [{ key: 'fastly.net', evidence: 'host is on fastly.net (a Fastly service name)' }],
  pages: [
    { find: /details: cache-[a-z0-9-]+ \d+/, weight: 2, evidence: "Fastly's Guru Mediation page ('Details: cache-…')" },
    { find: 'fastly error: unknown domain', weight: 2, evidence: "Fastly's 'unknown domain' error" },
    { find: 'guru mediation', weight: 1, evidence: "a Varnish 'Guru Mediation' page" },
  ],
  judge: judgeFastly,
  rangeLists: [{ id: 'fastly', url: 'https://api.fastly.com/public-ip-list', format: 'fastly', parse: parseFastly }],
  // https://api.fastly.com/public-ip-list
  seedRanges: {
    cidrs: [
      '23.235.32.0/20', '43.249.72.0/22', '103.244.50.0/24', '103.245.222.0/23', '103.245.224.0/24', '104.156.80.0/20',
      '140.248.64.0/18', '140.248.128.0/17', '146.75.0.0/17', '151.101.0.0/16', '157.52.64.0/18', '167.82.0.0/17',
      '167.82.128.0/20', '167.82.160.0/20', '167.82.224.0/20', '172.111.64.0/18', '185.31.16.0/22', '199.27.72.0/21',
      '199.232.0.0/16', '2a04:4e40::/32', '2a04:4e42::/32',
    ],
  },
  status: statuspage('https://www.fastlystatus.com', false),
};

function judgeFastly(ctx: Context): Verdict | undefined {
  const page = ctx.page;
  if (page.includes('fastly error: unknown domain')) return generated('origin', 'Fastly: this domain is not set up on any Fastly service');
  if (ctx.status !== 503) return undefined;
  const reason = ORIGIN_REASONS.find((r) => page.includes(r));
  if (reason !== undefined) return generated('origin', `Fastly 503 '${reason}': the origin behind Fastly failed`);
  if (page.includes('guru mediation')) return generated('edge', "Fastly's own generic 503 (Guru Mediation) with no origin reason");
  return undefined;
}
