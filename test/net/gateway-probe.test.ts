// probeGateway / probeGateways against stand-in gateways: a healthy one, one that never answers, one
// with the wrong body, a huge body, a 5xx; a few at a time; cached with checkedAt; subdomain redirects.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMirrors } from '../../src/core/mirrors';
import { CHECKER_CID, CHECKER_TEXT, DEFAULT_GATEWAYS, createGatewayHealthCache, probeGateway, probeGateways } from '../../src/net/mirrors';
import { answeredFrom, streamed } from './mirror-stand-ins';
import { worded } from './worded';
import { startStandIn, type Route, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';
import { spoken } from '../core/explain/say';

beforeAll(() => useCatalogs(net));

const NOW = Date.parse('2025-11-18T12:00:00Z');
const TEST_PATH = `/ipfs/${CHECKER_CID}`;
let inFlight = 0;
let maxInFlight = 0;
const slowOk = (req: IncomingMessage, res: ServerResponse): void => {
  inFlight += 1;
  maxInFlight = Math.max(maxInFlight, inFlight);
  setTimeout(() => {
    inFlight -= 1;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`${CHECKER_TEXT}\n`);
  }, 40);
  void req;
};

// One stand-in per gateway: a gateway is an origin, its test file at /ipfs/<cid>.
const gw: Record<string, StandIn> = {};
beforeAll(async () => {
  const routes: Record<string, Route> = {
    good: { type: 'text/plain', body: `  ${CHECKER_TEXT}\n` },
    hang: 'hang',
    wrong: { type: 'text/html', body: '<html>Hello from IPFS Gateway Checker, sort of</html>' },
    huge: streamed(2 * 1024 * 1024, 'text/plain'),
    down: { status: 502, type: 'text/html', body: 'Bad Gateway' },
  };
  for (let i = 0; i < 7; i++) routes[`pool${i}`] = slowOk;
  await Promise.all(Object.entries(routes).map(async ([name, route]) => {
    gw[name] = await startStandIn({ [TEST_PATH]: route });
  }));
});
afterAll(() => Promise.all(Object.values(gw).map((s) => s.close())));
const at = (name: string): string => (gw[name] as StandIn).url('');

const options = <T extends object>(extra?: T) => ({ timeoutMs: 1000, now: NOW, ...extra }) as { timeoutMs: number; now: number } & T;

describe('probeGateway', () => {
  it("passes a gateway whose trimmed body is the checker's text, asking for the test CID with ?now=", async () => {
    const result = await probeGateway(at('good'), fetch, options());
    expect(result).toMatchObject({ gateway: at('good'), ok: true, checkedAt: NOW, subdomain: false });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(gw.good?.requests.at(-1)?.url).toBe(`${TEST_PATH}?now=${NOW}`);
  });

  it('fails a gateway that never answers, within the timeout', async () => {
    const started = Date.now();
    const result = await probeGateway(at('hang'), fetch, options({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(worded(result)).toMatchObject({ ok: false, checkedAt: NOW, error: expect.stringMatching(/did not answer within 300 ms$/) as unknown as string });
  });

  it('fails the wrong body, a huge body and a 502', async () => {
    expect(worded(await probeGateway(at('wrong'), fetch, options()))).toMatchObject({ ok: false, error: expect.stringMatching(/answered something other than the test file$/) as unknown as string });
    expect(worded(await probeGateway(at('huge'), fetch, options()))).toMatchObject({ ok: false, error: expect.stringMatching(/sent more than the 1024 bytes/) as unknown as string });
    expect(worded(await probeGateway(at('down'), fetch, options()))).toMatchObject({ ok: false, error: expect.stringMatching(/answered HTTP 502$/) as unknown as string });
  });

  it('refuses gateways that are not https (except a local stand-in) or carry credentials, without a request', async () => {
    let calls = 0;
    const counting = (async () => { calls += 1; return new Response(CHECKER_TEXT); }) as typeof fetch;
    for (const gateway of ['javascript:alert(1)', 'http://gw.example', 'https://u:p@gw.example', 'not a url']) {
      expect(worded(await probeGateway(gateway, counting, options()))).toMatchObject({ ok: false, error: expect.stringMatching(/^not an https gateway/) as unknown as string });
    }
    expect(calls).toBe(0);
  });

  it('notes a gateway that redirects the path request to <cid>.ipfs.<host> as a subdomain gateway', async () => {
    const fake = (async (url: string, init?: RequestInit) => {
      expect(url).toBe(`https://gw.example/ipfs/${CHECKER_CID}?now=${NOW}#x-ipfs-companion-no-redirect`);
      expect(init?.credentials).toBe('omit');
      return answeredFrom(`https://${CHECKER_CID}.ipfs.gw.example/?now=${NOW}`, CHECKER_TEXT);
    }) as typeof fetch;
    let t = 1000;
    const result = await probeGateway('https://gw.example/', fake, options({ elapsed: () => (t += 120) }));
    expect(result).toEqual({ gateway: 'https://gw.example', ok: true, latencyMs: 120, checkedAt: NOW, subdomain: true });
  });
});

describe('probeGateways', () => {
  it('probes a few at a time and keeps the order of the list', async () => {
    const gateways = Array.from({ length: 7 }, (_, i) => at(`pool${i}`));
    maxInFlight = 0;
    const results = await probeGateways(gateways, fetch, options({ cache: createGatewayHealthCache(), concurrency: 3 }));
    expect(results.map((r) => r.ok)).toEqual(Array(7).fill(true));
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it('reuses a result younger than maxAgeMs, and probes again after it', async () => {
    const cache = createGatewayHealthCache();
    const gateways = [at('good'), at('wrong')];
    const hits = (): number => gw.good?.hits(TEST_PATH) ?? 0;
    const before = hits();
    const first = await probeGateways(gateways, fetch, options({ cache, maxAgeMs: 60_000 }));
    const again = await probeGateways(gateways, fetch, options({ cache, maxAgeMs: 60_000, now: NOW + 59_999 }));
    expect(again).toEqual(first);
    expect(hits() - before).toBe(1);
    const later = await probeGateways(gateways, fetch, options({ cache, maxAgeMs: 60_000, now: NOW + 60_000 }));
    expect(hits() - before).toBe(2);
    expect(later[0]?.checkedAt).toBe(NOW + 60_000);
  });

  it('feeds the core: only healthy gateways become suggestions', async () => {
    const health = await probeGateways([at('good'), at('hang'), at('wrong')], fetch, options({ timeoutMs: 300, cache: createGatewayHealthCache() }));
    // The stand-ins are http:, so the core (https only) would drop them: present them as their https twins.
    const asHttps = health.map((h, i) => ({ ...h, gateway: `https://gw${i}.example` }));
    const out = suggestMirrors({ url: 'https://docs.example/', diagnosis: { provider: 'cloudflare', failure: 'edge' }, learned: { ipfsPath: '/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi' },
      gateways: asHttps, wayback: { status: 'none' }, now: NOW + 120_000 });
    expect(out.map((s) => s.url)).toEqual(['https://gw0.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/']);
    expect(out.map(spoken)[0]?.freshness).toMatch(/gateway checked 2 min ago, answered in \d+ ms$/);
  });

  it("defaults to public-gateway-checker's list (providers.md §4.2), https only", () => {
    expect(DEFAULT_GATEWAYS).toHaveLength(11);
    for (const gateway of DEFAULT_GATEWAYS) expect(new URL(gateway).protocol).toBe('https:');
    expect(DEFAULT_GATEWAYS).not.toContain('https://cloudflare-ipfs.com');
  });
});
