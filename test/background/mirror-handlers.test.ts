// The 'mirrors' handler against fake services that speak the real formats: the Wayback availability JSON,
// DNS-over-HTTPS JSON (with a malicious DNSLink), and an IPFS gateway that never answers.
import { hostLearner } from '../../src/background/host-learner';
import { beforeAll, describe, expect, it } from 'vitest';
import { mirrorHandlers, type MirrorHandlerDeps } from '../../src/background/mirror-handlers';
import { tabPages, type TabPage } from '../../src/background/tab-pages';
import { CHECKER_CID } from '../../src/net/mirrors';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';
import type { TabDiagnosis } from '../../src/shared/messages';
import type { HostRecord } from '../../src/store/schema';
import popup from '../../src/locales/en/popup.json';
import { spoken } from '../core/explain/say';

const PAGE = 'https://shop.example/cart';
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const NOW = Date.parse('2025-11-18T12:00:00Z');

beforeAll(() => useCatalogs(popup, net));

type Route = (url: URL, init: RequestInit | undefined) => Promise<Response> | Response;

/** A fetch that answers from routes keyed by host, and records every URL asked. */
function fakeFetch(routes: Record<string, Route>) {
  const asked: string[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    asked.push(url.href);
    const route = routes[url.host];
    if (route === undefined) throw new TypeError(`fetch failed: no route to ${url.host}`);
    return route(url, init);
  }) as typeof fetch;
  return { impl, asked };
}

/** Never answers; only the caller's timeout ends it. */
const hang: Route = (_url, init) => new Promise((_resolve, reject) => {
  const signal = init?.signal;
  signal?.addEventListener('abort', () => reject(signal.reason as Error));
});

const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });

const wayback: Route = (url) => {
  const asked = url.searchParams.get('url');
  return json({ url: asked, archived_snapshots: { closest: { available: true, url: `http://web.archive.org/web/20251101093000/${asked}`, timestamp: '20251101093000', status: '200' } } });
};

/** DNS-over-HTTPS JSON: answers keyed "name TYPE"; anything else is NXDOMAIN. */
const doh = (answers: Record<string, string[]>): Route => (url) => {
  const name = url.searchParams.get('name') ?? '';
  const type = url.searchParams.get('type') ?? '';
  const data = answers[`${name} ${type}`];
  const code = ({ TXT: 16, A: 1, AAAA: 28 } as Record<string, number>)[type];
  return json(data === undefined ? { Status: 3 } : { Status: 0, Answer: data.map((d) => ({ name, type: code, TTL: 60, data: d })) });
};

function entry(diagnosis: TabDiagnosis['diagnosis']): TabDiagnosis {
  return { id: 's:1', url: PAGE, host: 'shop.example', type: 'main_frame', timeStamp: NOW - 5000, diagnosis };
}

const cloudflareEdge = entry({ provider: 'cloudflare', via: ['cloudflare'], failure: 'edge', status: 500, evidence: ['Cloudflare error 500'] });

function deps(fetchImpl: typeof fetch, settings: Record<string, unknown>, options: { learned?: HostRecord; entries?: TabDiagnosis[] } = {}): MirrorHandlerDeps {
  const pages = tabPages();
  pages.restore({ tabId: 7, pageId: 'p1', url: PAGE, start: NOW - 9000 }, options.entries ?? [cloudflareEdge]);
  const tab = pages.get(7) as TabPage;
  return {
    api: { storage: { local: { get: async () => ({ settings }) } as unknown as Pick<chrome.storage.StorageArea, 'get'> } },
    store: Promise.resolve({ getHost: async (host: string) => (host === 'shop.example' ? options.learned : undefined) }),
    tabs: { get: (tabId) => (tabId === 7 ? tab : undefined) },
    report: () => () => undefined,
    fetch: fetchImpl,
    now: () => NOW,
  };
}

const BASE = { archiveTodayUrl: '', gateways: ['https://gw.example'], mirrorTimeoutMs: 1000 };

describe("mirror handler's answer", () => {
  it('offers the Wayback snapshot the availability API names, never the javascript: DNSLink, and probes no gateway with nothing to serve', async () => {
    const { impl, asked } = fakeFetch({
      'archive.org': wayback,
      'dns.google': doh({ '_dnslink.shop.example TXT': ['dnslink=javascript:alert(document.cookie)'], 'web.archive.org A': ['207.241.224.2'] }),
      'dns.quad9.net:5053': doh({ '_dnslink.shop.example TXT': ['dnslink=javascript:alert(1)'] }),
      'gw.example': hang,
    });
    const started = Date.now();
    const answer = await mirrorHandlers(deps(impl, BASE)).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(answer.url).toBe(PAGE);
    expect(answer.checkedAt).toBe(NOW);
    expect(answer.suggestions.map((s) => [s.kind, s.url, s.sameProviderAsFailure])).toEqual([
      ['wayback', `https://web.archive.org/web/20251101093000/${PAGE}`, false],
    ]);
    expect(answer.suggestions.map(spoken)[0]?.freshness).toMatch(/^snapshot of 1 Nov 2025/);
    expect(JSON.stringify(answer)).not.toMatch(/javascript:/i);
    expect(answer.problems).toEqual([]); // no IPFS content to serve: a silent gateway changes nothing
    // Cloudflare is failing: its resolver is not asked about DNSLink while two others are.
    expect(asked.some((url) => url.includes('cloudflare-dns.com'))).toBe(false);
    // The DNSLink is no IPFS content: the gateways are not even asked.
    expect(asked.some((url) => url.startsWith(`https://gw.example/ipfs/${CHECKER_CID}`))).toBe(false);
  });

  it('says so when the gateways that would serve the site’s IPFS content do not answer', async () => {
    const { impl } = fakeFetch({ 'archive.org': wayback, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}), 'gw.example': hang });
    const learned: HostRecord = { host: 'shop.example', provider: 'cloudflare', seen: NOW - 86_400_000, ipfsPath: `/ipfs/${CID}/`, announcedBy: 'https://shop.example/' };
    const answer = await mirrorHandlers(deps(impl, BASE, { learned })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.problems).toEqual(['The IPFS gateway did not pass its health check.']);
    expect(answer.suggestions.map((s) => s.kind)).toEqual(['wayback']);
  });

  it('offers a learned IPFS path through a healthy gateway, and the onion address to copy', async () => {
    const onion = `http://${'a'.repeat(56)}.onion/`;
    const { impl } = fakeFetch({
      'archive.org': wayback, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}),
      'gw.example': () => new Response('Hello from IPFS Gateway Checker', { status: 200 }),
    });
    const learned: HostRecord = { host: 'shop.example', provider: 'cloudflare', seen: NOW - 3_600_000, ipfsPath: `/ipfs/${CID}/`, onionLocation: onion, announcedBy: 'https://shop.example/about' };
    const answer = await mirrorHandlers(deps(impl, BASE, { learned })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.suggestions.map((s) => [s.kind, s.action, s.url])).toEqual([
      ['ipfs', 'open', `https://gw.example/ipfs/${CID}/cart`],
      ['wayback', 'open', `https://web.archive.org/web/20251101093000/${PAGE}`],
      ['onion', 'copy', `http://${'a'.repeat(56)}.onion/cart`],
    ]);
    expect(answer.problems).toEqual([]);
    // The popup says which page announced them.
    const why = answer.suggestions.map(spoken).map((s) => s.why);
    expect(why[0]).toBe('https://shop.example/about said its content is on IPFS (x-ipfs-path) when it last loaded, so an IPFS gateway can serve it.');
    expect(why[2]).toMatch(/^https:\/\/shop\.example\/about announced this onion address/);
  });

  it("uses what a host announced only for the origin that announced it (another port or scheme is another site)", async () => {
    const onion = `http://${'a'.repeat(56)}.onion/`;
    const { impl, asked } = fakeFetch({
      'archive.org': wayback, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}),
      'gw.example': () => new Response('Hello from IPFS Gateway Checker', { status: 200 }),
    });
    for (const announcedBy of ['https://shop.example:8443/', 'http://shop.example/', undefined]) {
      const learned: HostRecord = { host: 'shop.example', provider: 'cloudflare', seen: NOW - 3_600_000, ipfsPath: `/ipfs/${CID}/`, onionLocation: onion, ...(announcedBy === undefined ? {} : { announcedBy }) };
      const answer = await mirrorHandlers(deps(impl, BASE, { learned })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
      expect(answer.suggestions.map((s) => s.kind)).toEqual(['wayback']);
    }
    expect(asked.some((url) => url.includes(CID))).toBe(false); // no IPFS content for this origin: no gateway asked with it
  });

  it('offers what was learned in memory since the last bulk write (a header or <meta> seen minutes ago)', async () => {
    const { impl } = fakeFetch({
      'archive.org': wayback, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}),
      'gw.example': () => new Response('Hello from IPFS Gateway Checker', { status: 200 }),
    });
    const hosts = hostLearner();
    hosts.learn('shop.example', { provider: 'cloudflare', failure: 'none', evidence: [], mirrors: { ipfsPath: `/ipfs/${CID}/` } }, NOW - 60_000, { page: 'https://shop.example/' });
    const answer = await mirrorHandlers({ ...deps(impl, BASE), hosts }).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.suggestions.map((s) => [s.kind, s.url])).toEqual([
      ['ipfs', `https://gw.example/ipfs/${CID}/cart`],
      ['wayback', `https://web.archive.org/web/20251101093000/${PAGE}`],
    ]);
  });

  it('puts a mirror fronted by the failing provider last, with its warning', async () => {
    const { impl } = fakeFetch({
      'archive.org': wayback,
      'dns.google': doh({ 'web.archive.org A': ['104.16.1.1'] }), // in Cloudflare's published ranges
      'dns.quad9.net:5053': doh({}),
      'gw.example': hang,
    });
    const answer = await mirrorHandlers(deps(impl, { ...BASE, gateways: [] })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.suggestions.map(spoken)).toMatchObject([{ kind: 'wayback', sameProviderAsFailure: true, warning: 'Served by Cloudflare too — may be down as well.' }]);
  });

  it('falls back to the latest-snapshot shortcut when the Wayback Machine does not answer, and says why', async () => {
    const { impl } = fakeFetch({ 'archive.org': hang, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}) });
    const answer = await mirrorHandlers(deps(impl, { ...BASE, gateways: [] })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.suggestions.map((s) => s.url)).toEqual([`https://web.archive.org/web/2/${PAGE}`]);
    expect(answer.problems).toEqual(['The Wayback Machine could not be checked: archive.org did not answer within 1000 ms']);
  });

  it('says when no resolver could look up DNSLink', async () => {
    const { impl } = fakeFetch({ 'archive.org': wayback });
    const answer = await mirrorHandlers(deps(impl, { ...BASE, gateways: [] })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.problems).toHaveLength(1);
    expect(answer.problems[0]).toMatch(/^DNSLink could not be looked up at dns\.google: dns\.google could not be reached/);
  });
});

describe("mirror handler's switches", () => {
  it('asks nothing at all when suggestions are off', async () => {
    const { impl, asked } = fakeFetch({});
    const answer = await mirrorHandlers(deps(impl, { ...BASE, suggestMirrors: false })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer).toEqual({ url: PAGE, suggestions: [], problems: ["Mirror suggestions are off in Detour's options."], checkedAt: NOW });
    expect(asked).toEqual([]);
  });

  it('neither asks nor links the Wayback Machine when its URL is empty', async () => {
    const { impl, asked } = fakeFetch({ 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}) });
    const answer = await mirrorHandlers(deps(impl, { ...BASE, gateways: [], waybackApiUrl: '' })).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.suggestions).toEqual([]);
    expect(asked.filter((url) => url.includes('archive.org'))).toEqual([]);
  });

  it('answers a second ask for the same page from memory', async () => {
    const { impl, asked } = fakeFetch({ 'archive.org': wayback, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}) });
    const handlers = mirrorHandlers(deps(impl, { ...BASE, gateways: [] }));
    const first = await handlers.mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    const count = asked.length;
    expect(await handlers.mirrors({ type: 'mirrors', tabId: 7, url: PAGE })).toEqual(first);
    expect(asked.length).toBe(count);
  });

  it("uses the tab's page when the request's address is not a web address, and rejects a bad tab id", async () => {
    const { impl } = fakeFetch({});
    const handlers = mirrorHandlers(deps(impl, { suggestMirrors: false }));
    expect((await handlers.mirrors({ type: 'mirrors', tabId: 99, url: 'javascript:alert(1)' })).suggestions).toEqual([]);
    const noPage = await mirrorHandlers(deps(impl, BASE)).mirrors({ type: 'mirrors', tabId: 99, url: 'javascript:alert(1)' });
    expect(noPage.problems).toEqual(["This tab's page address is not known."]);
    await expect(handlers.mirrors({ type: 'mirrors', tabId: 'x' as unknown as number, url: PAGE })).rejects.toThrow(/tabId/);
  });
});

describe('what leaves the browser for a mirror lookup', () => {
  const services = () => fakeFetch({ 'archive.org': wayback, 'dns.google': doh({}), 'dns.quad9.net:5053': doh({}), 'gw.example': hang });

  it('asks nothing about a private or local page, nor for a private-browsing tab', async () => {
    for (const url of ['http://localhost:3000/admin?token=abc', 'http://intranet/wiki', 'https://nas.local/', 'http://192.168.1.20/', 'http://[fd00::5]/']) {
      const { impl, asked } = services();
      const answer = await mirrorHandlers(deps(impl, BASE)).mirrors({ type: 'mirrors', tabId: 7, url });
      expect(answer.suggestions, url).toEqual([]);
      expect(answer.problems[0], url).toMatch(/is a private or local address: Detour asks no archive or resolver about it/);
      expect(asked, url).toEqual([]);
    }
    const { impl, asked } = services();
    const incognito = { ...deps(impl, BASE), isPrivate: async () => true };
    const answer = await mirrorHandlers(incognito).mirrors({ type: 'mirrors', tabId: 7, url: PAGE });
    expect(answer.problems).toEqual(['This is a private browsing tab: Detour asks no archive or resolver about it.']);
    expect(asked).toEqual([]);
  });

  it('asks the archives about the address without its query and fragment, unless the person asks for the exact one', async () => {
    const signed = `${PAGE}?session=s3cr3t&sig=abc#step-2`;
    const trimmed = services();
    const answer = await mirrorHandlers(deps(trimmed.impl, BASE)).mirrors({ type: 'mirrors', tabId: 7, url: signed });
    expect(answer).toMatchObject({ url: PAGE, trimmed: true });
    expect(trimmed.asked.join('\n')).not.toMatch(/s3cr3t|sig=|step-2/);
    expect(trimmed.asked.some((url) => url.includes('archive.org') && new URL(url).searchParams.get('url') === PAGE)).toBe(true);

    const exact = services();
    const exactAnswer = await mirrorHandlers(deps(exact.impl, BASE)).mirrors({ type: 'mirrors', tabId: 7, url: signed, exact: true });
    expect(exactAnswer.url).toBe(signed);
    expect(exactAnswer.trimmed).toBeUndefined();
    expect(exact.asked.some((url) => url.includes('archive.org') && new URL(url).searchParams.get('url') === signed)).toBe(true);
  });
});
