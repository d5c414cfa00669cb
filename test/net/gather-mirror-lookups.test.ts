// gatherMirrorLookups against stand-ins for every service at once: a slow archive does not hold up the
// rest, DoH is asked away from the failing provider, and the result feeds suggestMirrors end to end.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRangeLookup } from '../../src/core/ipranges';
import { frontedByFrom, suggestMirrors } from '../../src/core/mirrors';
import { CHECKER_CID, CHECKER_TEXT, createGatewayHealthCache, gatherMirrorLookups, type MirrorClientConfig } from '../../src/net/mirrors';
import { worded } from './worded';
import { startStandIn, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';
import { spoken } from '../core/explain/say';

beforeAll(() => useCatalogs(net));

const PAGE = 'https://docs.example/guide';
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const NOW = Date.parse('2025-11-18T12:00:00Z');

const doh = (answers: Record<string, string[]>) => (req: IncomingMessage, res: ServerResponse) => {
  const q = new URL(req.url ?? '/', 'http://x').searchParams;
  const type = q.get('type') ?? '';
  const data = answers[`${q.get('name')} ${type}`];
  const code = { TXT: 16, A: 1, AAAA: 28 }[type];
  res.writeHead(200, { 'content-type': 'application/dns-json' }).end(JSON.stringify(data === undefined ? { Status: 3 } : { Status: 0, Answer: data.map((d) => ({ name: q.get('name'), type: code, TTL: 60, data: d })) }));
};

let services: StandIn;
let gateway: StandIn;
beforeAll(async () => {
  services = await startStandIn({
    '/wb/wayback/available': 'hang',
    [`/at/newest/${PAGE}`]: (_req, res) => res.writeHead(302, { location: 'https://archive.ph/AbCdE' }).end(),
    '/google/resolve': doh({ '_dnslink.docs.example TXT': [`dnslink=/ipfs/${CID}`], 'web.archive.org A': ['207.241.224.2'], 'archive.ph A': ['104.16.5.5'] }),
    '/cloudflare/dns-query': 'hang',
  });
  gateway = await startStandIn({ [`/ipfs/${CHECKER_CID}`]: { type: 'text/plain', body: CHECKER_TEXT } });
});
afterAll(() => Promise.all([services.close(), gateway.close()]));

describe('gatherMirrorLookups', () => {
  it('gathers every lookup within the timeout and feeds the core', async () => {
    const config: MirrorClientConfig = {
      waybackApi: services.url('/wb'), archiveToday: services.url('/at'), mementoAggregator: null, timeoutMs: 400,
      dohResolvers: [{ id: 'cloudflare-dns.com', url: services.url('/cloudflare/dns-query'), provider: 'cloudflare' }, { id: 'dns.google', url: services.url('/google/resolve'), provider: 'google' }],
      gateways: [gateway.url('')],
    };
    const started = Date.now();
    const lookups = await gatherMirrorLookups(PAGE, fetch, config, { now: NOW, failingProvider: 'cloudflare', gatewayCache: createGatewayHealthCache(), addressHosts: ['web.archive.org', 'archive.ph'] });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(worded(lookups.wayback)).toMatchObject({ status: 'error', error: expect.stringMatching(/did not answer within 400 ms/) as unknown as string });
    expect(lookups.archiveToday).toEqual({ status: 'found', url: 'https://archive.ph/AbCdE' });
    expect(lookups.memento).toBeUndefined();
    // Cloudflare is failing: Google's resolver answered first, Cloudflare's was asked too and hung.
    expect(lookups.dnslink.map(worded)).toEqual([{ resolver: 'dns.google', txt: [`dnslink=/ipfs/${CID}`], checkedAt: NOW }, { resolver: 'cloudflare-dns.com', error: expect.stringMatching(/did not answer/) as unknown as string, checkedAt: NOW }]);
    expect(lookups.gateways).toMatchObject([{ ok: true, checkedAt: NOW }]);
    expect(lookups.addresses).toEqual(new Map([['web.archive.org', ['207.241.224.2']], ['archive.ph', ['104.16.5.5']]]));

    const frontedBy = frontedByFrom({ ipLookup: createRangeLookup([{ cidr: '104.16.0.0/13', provider: 'cloudflare', edge: true }]), addresses: (h) => lookups.addresses.get(h) });
    const out = suggestMirrors({
      url: PAGE, diagnosis: { provider: 'cloudflare', failure: 'edge' }, ...lookups,
      gateways: lookups.gateways.map((g) => ({ ...g, gateway: 'https://gw.example' })), // the stand-in is http:; the core links https only
      frontedBy, providerName: () => 'Cloudflare', now: NOW + 1000,
    });
    expect(out.map((s) => [s.kind, s.url, s.sameProviderAsFailure])).toEqual([
      ['ipfs', `https://gw.example/ipfs/${CID}/guide`, false],
      ['wayback', `https://web.archive.org/web/2/${PAGE}`, false],
      ['archive-today', 'https://archive.ph/AbCdE', true],
    ]);
    expect(out.map(spoken)[2]?.warning).toBe('Served by Cloudflare too — may be down as well.');
  });
});
