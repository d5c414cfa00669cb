// Batches of 20 varied reports for the load test: several providers, services, edges and sites, so the
// database sees many distinct rows as it would in real use.
import type { Report } from '../../src/core/report';

const PROVIDERS: readonly [string, string][] = [
  ['cloudflare', 'workers'],
  ['cloudflare', 'pages'],
  ['aws', 'cloudfront'],
  ['aws', 's3'],
  ['fastly', 'cdn'],
  ['akamai', 'cdn'],
  ['vercel', 'functions'],
  ['google', 'firebase'],
];
const POPS = ['FRA', 'IAD89-C1', 'LHR', 'SIN', 'NRT', 'GRU'];
const STATUSES: Report['status'][] = [500, 502, 503, 504, 522, 'timeout', 'reset'];

export function benchBatches(count: number, window: number, size = 20): string[] {
  let seed = 1;
  const pick = <T>(items: readonly T[]): T => items[(seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % items.length] as T;
  return Array.from({ length: count }, (_, b) => {
    const reports: Report[] = Array.from({ length: size }, (_, i) => {
      const [provider, service] = pick(PROVIDERS);
      return { window, provider, service, failure: pick(['edge', 'origin'] as const), status: pick(STATUSES), pop: pick(POPS), domain: `site${(b * size + i) % 500}.com`, version: '0.1.0' };
    });
    return JSON.stringify({ reports });
  });
}
