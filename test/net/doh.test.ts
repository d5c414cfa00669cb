// resolveDnslink / resolveAddresses against stand-in resolvers speaking Google's and Cloudflare's DoH
// JSON: quoted and split TXT data, NXDOMAIN, SERVFAIL, a hostile DNSLink value, a resolver that hangs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMirrors } from '../../src/core/mirrors';
import { DOH_RESOLVERS, joinTxt, pickResolvers, queryDoh, resolveAddresses, resolveDnslink, type DohResolver } from '../../src/net/mirrors';
import { worded } from './worded';
import { startStandIn, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const NOW = Date.parse('2025-11-18T12:00:00Z');

/** A resolver answering from a table keyed by "name type", in the DoH JSON shape. */
function resolver(table: Record<string, { Status?: number; data?: string[] }>, quote: boolean) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const name = query.get('name') ?? '';
    const type = query.get('type') ?? '';
    const entry = table[`${name} ${type}`] ?? { Status: 3 };
    const code = { TXT: 16, A: 1, AAAA: 28 }[type] ?? 0;
    const body = {
      Status: entry.Status ?? 0, TC: false, RD: true, RA: true, AD: false, CD: false,
      Question: [{ name: `${name}.`, type: code }],
      Answer: (entry.data ?? []).map((data) => ({ name: `${name}.`, type: code, TTL: 300, data: quote && type === 'TXT' ? data : data.replace(/^"|"$/g, '') })),
    };
    res.writeHead(200, { 'content-type': 'application/dns-json' }).end(JSON.stringify(body));
  };
}

const TABLE = {
  '_dnslink.docs.example TXT': { data: [`"dnslink=/ipfs/${CID}"`] },
  '_dnslink.split.example TXT': { data: [`"dnslink=/ipfs/${CID.slice(0, 30)}" "${CID.slice(30)}"`] },
  '_dnslink.evil.example TXT': { data: ['"dnslink=javascript:alert(1)"'] },
  '_dnslink.broken.example TXT': { Status: 2 },
  'gw.example A': { data: ['104.16.1.1'] },
  'gw.example AAAA': { data: ['2606:4700::1'] },
};

let server: StandIn;
let google: DohResolver;
let cloudflare: DohResolver;
let hanging: DohResolver;
beforeAll(async () => {
  server = await startStandIn({
    '/resolve': resolver(TABLE, false),
    '/dns-query': resolver(TABLE, true),
    '/hang/dns-query': 'hang',
    '/garbage/dns-query': { body: '<html>not json' },
  });
  google = { id: 'dns.google', url: server.url('/resolve'), provider: 'google' };
  cloudflare = { id: 'cloudflare-dns.com', url: server.url('/dns-query'), provider: 'cloudflare' };
  hanging = { id: 'dns.quad9.net', url: server.url('/hang/dns-query'), provider: 'quad9' };
});
afterAll(() => server.close());

describe('DoH for DNSLink', () => {
  it("reads Google's bare and Cloudflare's quoted TXT data, asking with accept: application/dns-json", async () => {
    const answers = await resolveDnslink('docs.example', fetch, { timeoutMs: 2000, resolvers: [google, cloudflare] });
    expect(answers).toEqual([{ resolver: 'dns.google', txt: [`dnslink=/ipfs/${CID}`] }, { resolver: 'cloudflare-dns.com', txt: [`dnslink=/ipfs/${CID}`] }]);
    const request = server.requests.at(-1);
    expect(request?.headers.accept).toBe('application/dns-json');
    expect(new URL(request?.url ?? '', 'http://x').searchParams.get('name')).toBe('_dnslink.docs.example');
  });

  it('joins a TXT record split into several strings', async () => {
    expect(await resolveDnslink('split.example', fetch, { timeoutMs: 2000, resolvers: [cloudflare] })).toEqual([{ resolver: 'cloudflare-dns.com', txt: [`dnslink=/ipfs/${CID}`] }]);
    expect(joinTxt('"a\\"b" "c"')).toBe('a"bc');
  });

  it('stamps each answer with the time the caller gives', async () => {
    expect(await resolveDnslink('docs.example', fetch, { timeoutMs: 2000, resolvers: [google], now: NOW })).toEqual([{ resolver: 'dns.google', txt: [`dnslink=/ipfs/${CID}`], checkedAt: NOW }]);
  });

  it('passes a javascript: DNSLink value through as text, and the core refuses it', async () => {
    const answers = await resolveDnslink('evil.example', fetch, { timeoutMs: 2000, resolvers: [google, cloudflare] });
    expect(answers[0]?.txt).toEqual(['dnslink=javascript:alert(1)']);
    const out = suggestMirrors({ url: 'https://evil.example/', diagnosis: { provider: 'fastly', failure: 'edge' }, dnslink: answers, wayback: { status: 'none' },
      gateways: [{ gateway: 'https://gw.example', ok: true, checkedAt: NOW }], now: NOW });
    expect(out).toEqual([]);
  });

  it('reads NXDOMAIN as no records, SERVFAIL, garbage and silence as errors', async () => {
    expect(await resolveDnslink('nothing.example', fetch, { timeoutMs: 2000, resolvers: [google] })).toEqual([{ resolver: 'dns.google', txt: [] }]);
    expect(worded((await resolveDnslink('broken.example', fetch, { timeoutMs: 2000, resolvers: [google] }))[0])?.error).toMatch(/could not resolve _dnslink\.broken\.example \(DNS status 2\)$/);
    const garbage = { id: 'x', url: server.url('/garbage/dns-query'), provider: 'x' };
    expect(worded(await queryDoh(garbage, 'docs.example', 'A', fetch, 2000))).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) as unknown as string });
    const started = Date.now();
    const answers = await resolveDnslink('docs.example', fetch, { timeoutMs: 300, resolvers: [hanging, google], count: 2 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answers.map(worded).map((a) => a.error ?? a.txt?.length)).toEqual([expect.stringMatching(/did not answer within 300 ms$/), 1]);
  });

  it('does not ask about a name that is not a DNS name', async () => {
    const before = server.requests.length;
    const answers = await resolveDnslink('evil.example/../x?y', fetch, { timeoutMs: 2000, resolvers: [google] });
    expect(worded(answers[0])?.error).toMatch(/^not a DNS name/);
    expect(server.requests.length).toBe(before);
  });

  it('asks resolvers away from the failing provider first', () => {
    expect(pickResolvers(DOH_RESOLVERS, 'cloudflare', 2).map((r) => r.id)).toEqual(['dns.google', 'dns.quad9.net']);
    expect(pickResolvers(DOH_RESOLVERS, 'google', 2).map((r) => r.id)).toEqual(['cloudflare-dns.com', 'dns.quad9.net']);
    expect(pickResolvers(DOH_RESOLVERS, null, 3).map((r) => r.id)).toEqual(['dns.google', 'cloudflare-dns.com', 'dns.quad9.net']);
    expect(pickResolvers([cloudflare], 'cloudflare', 2).map((r) => r.id)).toEqual(['cloudflare-dns.com']); // the only one: still asked
  });

  it("resolves a gateway's addresses, which the range lookup then attributes", async () => {
    expect(await resolveAddresses('gw.example', fetch, { timeoutMs: 2000, resolvers: [hanging, google], failingProvider: 'quad9' })).toEqual({ ok: true, data: ['104.16.1.1', '2606:4700::1'] });
    expect(await resolveAddresses('gw.example', fetch, { timeoutMs: 300, resolvers: [hanging], count: 1 })).toMatchObject({ ok: false });
  });
});
