// DNS over HTTPS, JSON flavour (Google's /resolve; Cloudflare's and Quad9's /dns-query with
// accept: application/dns-json): DNSLink TXT records and a host's addresses, asked of resolvers that do
// not share fate with the provider that is failing (providers.md §4.3).
import { phrase, type Phrase } from '../core/explain';
import { isDnsName, type DnslinkAnswer } from '../core/mirrors';
import { fetchAnswer, readJson } from './fetch-answer';
import type { FetchImpl } from './fetch-body';

export interface DohResolver {
  id: string;
  url: string; // the endpoint, without query
  provider: string; // whose network answers: do not ask it about its own outage
}

export const DOH_RESOLVERS: readonly DohResolver[] = [
  { id: 'dns.google', url: 'https://dns.google/resolve', provider: 'google' },
  { id: 'cloudflare-dns.com', url: 'https://cloudflare-dns.com/dns-query', provider: 'cloudflare' },
  { id: 'dns.quad9.net', url: 'https://dns.quad9.net:5053/dns-query', provider: 'quad9' },
];

const TYPES = { A: 1, AAAA: 28, TXT: 16 } as const;
export type DohType = keyof typeof TYPES;

export interface DohOptions {
  timeoutMs: number;
  resolvers?: readonly DohResolver[]; // default DOH_RESOLVERS
  failingProvider?: string | null; // resolvers on it are asked last, if at all
  count?: number; // how many resolvers to ask (default 2: two operators, per providers.md §4.3)
  now?: number; // stamped on each DNSLink answer as checkedAt
}

export type DohResult = { ok: true; data: string[] } | { ok: false; error: Phrase };
/** Every picked resolver's failure, in the order asked: none when there was no resolver to ask. */
export type AddressResult = { ok: true; data: string[] } | { ok: false; errors: Phrase[] };

/** Resolvers away from the failing provider first, at most `count`. */
export function pickResolvers(resolvers: readonly DohResolver[], failingProvider: string | null | undefined, count: number): DohResolver[] {
  const away = resolvers.filter((r) => r.provider !== failingProvider);
  const on = resolvers.filter((r) => r.provider === failingProvider);
  return [...away, ...on].slice(0, Math.max(1, count));
}

/** One question to one resolver. NXDOMAIN and NODATA are answers (no records), not errors. */
export async function queryDoh(resolver: DohResolver, name: string, type: DohType, fetchImpl: FetchImpl, timeoutMs: number): Promise<DohResult> {
  const fqdn = name.toLowerCase().replace(/\.$/, '');
  if (!isDnsName(fqdn.replace(/^_dnslink\./, ''))) return { ok: false, error: phrase('netNotDnsName', name.slice(0, 80)) };
  const query = new URLSearchParams({ name: fqdn, type });
  const answer = await fetchAnswer(`${resolver.url}?${query}`, fetchImpl, { timeoutMs, maxBytes: 64 * 1024, accept: 'application/dns-json' });
  if (!answer.ok) return { ok: false, error: answer.error };
  if (answer.status !== 200) return { ok: false, error: phrase('netHttp', answer.host, answer.status) };
  const json = readJson(answer.bytes, answer.host);
  if (!json.ok) return { ok: false, error: json.error };
  const { Status, Answer } = (json.value ?? {}) as { Status?: unknown; Answer?: unknown };
  if (Status === 3) return { ok: true, data: [] };
  if (Status !== 0) return { ok: false, error: phrase('netDnsStatus', answer.host, fqdn, String(Status).slice(0, 10)) };
  if (Answer !== undefined && !Array.isArray(Answer)) return { ok: false, error: phrase('netDnsNoList', answer.host) };
  const data: string[] = [];
  for (const record of (Answer ?? []) as unknown[]) {
    const { name: owner, type: rrtype, data: value } = (record ?? {}) as { name?: unknown; type?: unknown; data?: unknown };
    // CNAME steps come first in the list; keep only records of the asked type (any owner in the chain).
    if (rrtype !== TYPES[type] || typeof value !== 'string' || typeof owner !== 'string') continue;
    data.push(type === 'TXT' ? joinTxt(value) : value.trim());
  }
  return { ok: true, data };
}

/** Cloudflare and Quad9 quote TXT data and split long ones ("a" "b"); Google gives it bare. */
export function joinTxt(value: string): string {
  const trimmed = value.trim();
  if (!trimmed.startsWith('"')) return trimmed;
  const parts = trimmed.match(/"((?:[^"\\]|\\.)*)"/g) ?? [];
  return parts.map((part) => part.slice(1, -1).replace(/\\(.)/g, '$1')).join('');
}

/** `_dnslink.<domain>` TXT from the picked resolvers, one answer each (the core checks the values). */
export async function resolveDnslink(domain: string, fetchImpl: FetchImpl, options: DohOptions): Promise<DnslinkAnswer[]> {
  const resolvers = pickResolvers(options.resolvers ?? DOH_RESOLVERS, options.failingProvider, options.count ?? 2);
  return Promise.all(resolvers.map(async (resolver): Promise<DnslinkAnswer> => {
    const result = await queryDoh(resolver, `_dnslink.${domain}`, 'TXT', fetchImpl, options.timeoutMs);
    const answer: DnslinkAnswer = result.ok ? { resolver: resolver.id, txt: result.data } : { resolver: resolver.id, error: result.error };
    if (options.now !== undefined) answer.checkedAt = options.now;
    return answer;
  }));
}

/** A host's IPv4 and IPv6 addresses from the first picked resolver that answers (to ask who fronts it). */
export async function resolveAddresses(host: string, fetchImpl: FetchImpl, options: DohOptions): Promise<AddressResult> {
  const errors: Phrase[] = [];
  for (const resolver of pickResolvers(options.resolvers ?? DOH_RESOLVERS, options.failingProvider, options.count ?? 2)) {
    const [a, aaaa] = await Promise.all([queryDoh(resolver, host, 'A', fetchImpl, options.timeoutMs), queryDoh(resolver, host, 'AAAA', fetchImpl, options.timeoutMs)]);
    if (a.ok || aaaa.ok) return { ok: true, data: [...(a.ok ? a.data : []), ...(aaaa.ok ? aaaa.data : [])] };
    errors.push(a.error);
  }
  return { ok: false, errors };
}
