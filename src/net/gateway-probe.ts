// IPFS gateway health, the way ipfs/public-gateway-checker tests "online": fetch a known CID and compare
// the trimmed body to its text. A few gateways at a time, each result cached with checkedAt; a gateway
// that redirects the path request to <cid>.ipfs.<host> supports subdomains.
import { phrase } from '../core/explain';
import type { GatewayHealth } from '../core/mirrors';
import { fetchAnswer } from './fetch-answer';
import type { FetchImpl } from './fetch-body';

export const CHECKER_CID = 'bafybeifx7yeb55armcsxwwitkymga5xf53dxiarykms3ygqic223w5sk3m';
export const CHECKER_TEXT = 'Hello from IPFS Gateway Checker';

/** public-gateway-checker gateways.json as of 2026-08-21 (providers.md §4.2); the options page can replace it. */
export const DEFAULT_GATEWAYS: readonly string[] = [
  'https://ipfs.filebase.io', 'https://ipfs.orbitor.dev', 'https://latam.orbitor.dev', 'https://apac.orbitor.dev', 'https://eu.orbitor.dev',
  'https://dget.top', 'https://ipfs.storry.tv', 'https://ipfs.cyou', 'https://gateway.pinata.cloud', 'https://4everland.io', 'https://ipfs.ecolatam.com',
];

export interface GatewayHealthCache {
  entries: Map<string, Promise<GatewayHealth>>;
}

export function createGatewayHealthCache(): GatewayHealthCache {
  return { entries: new Map() };
}

export interface ProbeOptions {
  timeoutMs: number;
  now: number; // checkedAt and the ?now= cache buster
  elapsed?: () => number; // a monotonic clock in ms for latency (default performance.now)
}

export async function probeGateway(gateway: string, fetchImpl: FetchImpl, options: ProbeOptions): Promise<GatewayHealth> {
  const origin = gatewayOrigin(gateway);
  if (origin === undefined) return { gateway, ok: false, checkedAt: options.now, error: phrase('netNotGateway', gateway.slice(0, 80)) };
  const clock = options.elapsed ?? (() => performance.now());
  const started = clock();
  // The fragment is the checker's too: it keeps IPFS Companion from redirecting the probe.
  const url = `${origin}/ipfs/${CHECKER_CID}?now=${options.now}#x-ipfs-companion-no-redirect`;
  const answer = await fetchAnswer(url, fetchImpl, { timeoutMs: options.timeoutMs, maxBytes: 1024, accept: 'text/plain, */*;q=0.1' });
  const latencyMs = Math.max(0, Math.round(clock() - started));
  if (!answer.ok) return { gateway: origin, ok: false, latencyMs, checkedAt: options.now, error: answer.error };
  if (answer.status !== 200) return { gateway: origin, ok: false, latencyMs, checkedAt: options.now, error: phrase('netHttp', answer.host, answer.status) };
  const body = new TextDecoder().decode(answer.bytes).trim();
  if (body !== CHECKER_TEXT) return { gateway: origin, ok: false, latencyMs, checkedAt: options.now, error: phrase('netGatewayWrongFile', answer.host) };
  return { gateway: origin, ok: true, latencyMs, checkedAt: options.now, subdomain: redirectedToSubdomain(answer.url, origin) };
}

export interface ProbeAllOptions extends ProbeOptions {
  cache: GatewayHealthCache;
  maxAgeMs?: number; // default 10 min: a result younger than this is reused
  concurrency?: number; // default 3
}

/** Every gateway's health, at most `concurrency` probes in flight; cached results within maxAgeMs reused. */
export async function probeGateways(gateways: readonly string[], fetchImpl: FetchImpl, options: ProbeAllOptions): Promise<GatewayHealth[]> {
  const maxAge = options.maxAgeMs ?? 600_000;
  const results = new Array<GatewayHealth>(gateways.length);
  const queue: number[] = [];
  // A result still fresh (or a probe another caller has in flight) is shared; the rest are probed again.
  await Promise.all(gateways.map(async (gateway, index) => {
    const cached = options.cache.entries.get(gateway);
    const result = cached === undefined ? undefined : await cached;
    if (result !== undefined && isFresh(result, options.now, maxAge)) results[index] = result;
    else queue.push(index);
  }));
  queue.sort((a, b) => a - b);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const index = queue[next++] as number;
      const gateway = gateways[index] as string;
      const promise = probeGateway(gateway, fetchImpl, options);
      options.cache.entries.set(gateway, promise);
      results[index] = await promise;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 3, queue.length)) }, worker));
  return results;
}

function isFresh(result: GatewayHealth, now: number, maxAge: number): boolean {
  return now >= result.checkedAt && now - result.checkedAt < maxAge;
}

function gatewayOrigin(gateway: string): string | undefined {
  try {
    const url = new URL(gateway);
    // http: only for a local stand-in (tests, a gateway on this machine); the core links https: only.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'))) return undefined;
    return url.username === '' && url.password === '' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function redirectedToSubdomain(finalUrl: string, origin: string): boolean {
  try {
    const host = new URL(finalUrl).hostname;
    return host === `${CHECKER_CID}.ipfs.${new URL(origin).hostname}`;
  } catch {
    return false;
  }
}
