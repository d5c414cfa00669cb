// suggestMirrors: which mirrors are offered, in what order, and what is refused.
import { describe, expect, it } from 'vitest';
import { phrase } from '../../../src/core/explain';
import { suggestMirrors, type GatewayHealth, type MirrorInput } from '../../../src/core/mirrors';
import { spoken } from '../explain/say';

// The suggestions with their words rendered in English, as the popup shows them.
const suggest = (input: MirrorInput) => suggestMirrors(input).map(spoken);

const NOW = Date.parse('2025-11-18T12:00:00Z');
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const CID_V0 = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
const CID_V0_AS_V1 = 'bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34';
const ONION = 'http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/';

const gw = (gateway: string, extra: Partial<GatewayHealth> = {}): GatewayHealth => ({ gateway, ok: true, latencyMs: 100, checkedAt: NOW - 120_000, ...extra });
const FRONTED: Record<string, string> = { 'web.archive.org': 'cloudflare', 'cf-gw.example': 'cloudflare', 'archive.ph': 'cloudflare' };

const base = (extra: Partial<MirrorInput> = {}): MirrorInput => ({
  url: 'https://docs.example/guide/start?x=1#top',
  diagnosis: { provider: 'cloudflare', failure: 'edge' },
  now: NOW,
  frontedBy: (host) => FRONTED[host],
  providerName: (id) => (id === 'cloudflare' ? 'Cloudflare' : id),
  ...extra,
});

describe('suggestMirrors', () => {
  it('offers the closest Wayback snapshot with its date', () => {
    const [s] = suggest(base({
      diagnosis: { provider: 'fastly', failure: 'edge' },
      wayback: { status: 'found', url: 'https://web.archive.org/web/20250312080910/https://docs.example/guide/start', timestamp: '20250312080910' },
    }));
    expect(s).toMatchObject({ kind: 'wayback', action: 'open', sameProviderAsFailure: false, freshness: 'snapshot of 12 Mar 2025 (8 months ago)' });
    expect(s?.url).toBe('https://web.archive.org/web/20250312080910/https://docs.example/guide/start');
    expect(s?.warning).toBeUndefined();
  });

  it('offers the latest-snapshot shortcut when the Wayback lookup failed or has not answered, nothing when it found none', () => {
    const failed = suggest(base({ diagnosis: { provider: null, failure: 'unknown' }, wayback: { status: 'error', error: phrase('netTimeout', 'archive.org', 3000) } }));
    expect(failed[0]).toMatchObject({ kind: 'wayback', url: 'https://web.archive.org/web/2/https://docs.example/guide/start?x=1', freshness: 'not checked: the archive lookup did not answer' });
    expect(suggest(base({ diagnosis: { provider: null, failure: 'unknown' } }))[0]?.freshness).toMatch(/^not checked yet/);
    expect(suggest(base({ wayback: { status: 'none' } }))).toEqual([]);
  });

  it('puts mirrors fronted by the failing provider last and says so', () => {
    const out = suggest(base({
      learned: { ipfsPath: `/ipfs/${CID}/index.html`, seen: NOW - 3 * 86_400_000 },
      gateways: [gw('https://cf-gw.example', { latencyMs: 10 }), gw('https://ipfs.filebase.io', { latencyMs: 300 })],
      wayback: { status: 'found', url: 'https://web.archive.org/web/20250312080910/https://docs.example/', timestamp: '20250312080910' },
      archiveToday: { status: 'found', url: 'https://archive.ph/AbCdE' },
    }));
    expect(out.map((s) => [s.kind, new URL(s.url).hostname, s.sameProviderAsFailure])).toEqual([
      ['ipfs', 'ipfs.filebase.io', false],
      ['ipfs', 'cf-gw.example', true],
      ['wayback', 'web.archive.org', true],
      ['archive-today', 'archive.ph', true],
    ]);
    for (const s of out.filter((x) => x.sameProviderAsFailure)) expect(s.warning).toBe('Served by Cloudflare too — may be down as well.');
    expect(out[0]?.url).toBe('https://ipfs.filebase.io/ipfs/' + CID + '/guide/start?x=1');
    expect(out[0]?.freshness).toBe('seen on your last healthy visit 3 days ago; gateway checked 2 min ago, answered in 300 ms');
  });

  it('does not demote anything when the provider is up (origin failure, block)', () => {
    for (const failure of ['origin', 'block'] as const) {
      const out = suggest(base({ diagnosis: { provider: 'cloudflare', failure }, archiveToday: { status: 'found', url: 'https://archive.ph/AbCdE' } }));
      expect(out.every((s) => !s.sameProviderAsFailure && s.warning === undefined)).toBe(true);
    }
  });

  it('a frontedBy that throws knows nothing', () => {
    const out = suggest(base({ frontedBy: () => { throw new Error('no ranges'); } }));
    expect(out[0]).toMatchObject({ kind: 'wayback', sameProviderAsFailure: false });
  });

  it('builds subdomain gateway URLs (CIDv0 converted, DNSLink names inlined) and path URLs elsewhere', () => {
    const sub = gw('https://sub.example', { subdomain: true, latencyMs: 50 });
    const path = gw('https://path.example', { latencyMs: 80 });
    const v0 = suggest(base({ learned: { ipfsPath: `/ipfs/${CID_V0}` }, gateways: [sub, path], wayback: { status: 'none' } }));
    expect(v0.map((s) => s.url)).toEqual([
      `https://${CID_V0_AS_V1}.ipfs.sub.example/guide/start?x=1`,
      `https://path.example/ipfs/${CID_V0}/guide/start?x=1`,
    ]);
    const dnslink = suggest(base({
      url: 'https://en.wikipedia-on-ipfs.org/wiki/',
      dnslink: [{ resolver: 'dns.google', txt: ['"dnslink=/ipns/en.wikipedia-on-ipfs.org"'] }],
      gateways: [sub], wayback: { status: 'none' },
    }));
    expect(dnslink[0]?.url).toBe('https://en-wikipedia--on--ipfs-org.ipns.sub.example/wiki/');
    expect(dnslink[0]?.freshness).toMatch(/^DNSLink read just now from dns\.google; gateway checked 2 min ago/);
  });

  it('offers at most maxGateways healthy gateways, fastest first, never a failed one or the failing host itself', () => {
    const out = suggest(base({
      url: 'https://ipfs.filebase.io/ipfs/x',
      learned: { ipfsPath: `/ipfs/${CID}` },
      gateways: [gw('https://a.example', { latencyMs: 400 }), gw('https://b.example', { ok: false }), gw('https://c.example', { latencyMs: 20 }),
        gw('https://ipfs.filebase.io', { latencyMs: 1 }), gw('https://d.example', { latencyMs: 90 }), gw('http://plain.example', { latencyMs: 1 })],
      maxGateways: 2, wayback: { status: 'none' },
    }));
    expect(out.map((s) => new URL(s.url).hostname)).toEqual(['c.example', 'd.example']);
  });

  it('follows the DNSLink value most resolvers agree on, and warns when they differ', () => {
    const out = suggest(base({
      dnslink: [
        { resolver: 'dns.google', txt: [`dnslink=/ipfs/${CID}`] },
        { resolver: 'dns.quad9.net', txt: [`dnslink=/ipfs/${CID}`] },
        { resolver: 'cloudflare-dns.com', txt: [`dnslink=/ipfs/${CID_V0}`] },
        { resolver: 'broken', error: phrase('netTimeout', 'broken', 3000) },
      ],
      gateways: [gw('https://a.example')], wayback: { status: 'none' },
    }));
    expect(out).toHaveLength(1);
    expect(out[0]?.url).toContain(CID);
    expect(out[0]?.warning).toMatch(/different DNSLink values/);
  });

  it('offers the same content on other gateways when the failing page is itself on a gateway', () => {
    const gateways = [gw('https://sub.example', { subdomain: true, latencyMs: 1 }), gw('https://ipfs.io', { latencyMs: 5 }), gw('https://dweb.link', { latencyMs: 5 })];
    const common = { gateways, wayback: { status: 'none' as const } };
    expect(suggest(base({ url: `https://ipfs.io/ipfs/${CID}/docs/a.html?x=1`, ...common })).map((s) => s.url))
      .toEqual([`https://${CID}.ipfs.sub.example/docs/a.html?x=1`, `https://dweb.link/ipfs/${CID}/docs/a.html?x=1`]);
    expect(suggest(base({ url: `https://${CID}.ipfs.dweb.link/docs/`, ...common })).map((s) => s.url))
      .toEqual([`https://${CID}.ipfs.sub.example/docs/`, `https://ipfs.io/ipfs/${CID}/docs/`]);
    const ipns = suggest(base({ url: 'https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Main', ...common }));
    expect(ipns.map((s) => s.url)).toEqual(['https://en-wikipedia--on--ipfs-org.ipns.sub.example/wiki/Main', 'https://ipfs.io/ipns/en.wikipedia-on-ipfs.org/wiki/Main']);
    expect(ipns[0]?.freshness).toMatch(/^read from the address of this page; gateway checked/);
    for (const url of ['https://javascript.ipfs.evil.example/', 'https://x--.ipns.evil.example/', 'https://ipfs.io/ipfs/javascript:alert(1)']) {
      expect(suggest(base({ url, ...common }))).toEqual([]);
    }
  });

  it('opens the page below a DNSLink value that names a folder', () => {
    for (const value of [`dnslink=/ipfs/${CID}/site`, `dnslink=/ipfs/${CID}/site/`, `dnslink=/ipfs/${CID}/site//`]) {
      const out = suggest(base({ dnslink: [{ resolver: 'dns.google', txt: [value] }], gateways: [gw('https://a.example')], wayback: { status: 'none' } }));
      expect(out.map((s) => s.url)).toEqual([`https://a.example/ipfs/${CID}/site/guide/start?x=1`]);
    }
    const root = suggest(base({ url: 'https://docs.example/', dnslink: [{ resolver: 'dns.google', txt: [`dnslink=/ipfs/${CID}/`] }], gateways: [gw('https://a.example')], wayback: { status: 'none' } }));
    expect(root.map((s) => s.url)).toEqual([`https://a.example/ipfs/${CID}/`]);
  });

  it('dates a DNSLink answer the caller kept', () => {
    const out = suggest(base({ dnslink: [{ resolver: 'dns.google', txt: [`dnslink=/ipfs/${CID}`], checkedAt: NOW - 300_000 }], gateways: [gw('https://a.example')], wayback: { status: 'none' } }));
    expect(out[0]?.freshness).toMatch(/^DNSLink read 5 min ago from dns\.google;/);
  });

  it('sends .eth names to eth.limo (and eth.limo to eth.link)', () => {
    expect(suggest(base({ url: 'https://vitalik.eth/', wayback: { status: 'none' } }))[0]).toMatchObject({ kind: 'ens', url: 'https://vitalik.eth.limo/' });
    expect(suggest(base({ url: 'https://vitalik.eth.limo/a', wayback: { status: 'none' } }))[0]).toMatchObject({ kind: 'ens', url: 'https://vitalik.eth.link/a' });
  });

  it('offers an onion address only as text to copy, with the Tor Browser warning, even when the provider is down', () => {
    const out = suggest(base({ learned: { onionLocation: ONION, seen: NOW - 86_400_000 }, wayback: { status: 'none' }, frontedBy: () => 'cloudflare' }));
    expect(out).toEqual([{
      kind: 'onion', action: 'copy', url: 'http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/guide/start?x=1', label: 'Tor onion address',
      why: expect.stringContaining('Onion-Location') as unknown as string, freshness: 'seen on your last healthy visit 1 day ago',
      sameProviderAsFailure: false, warning: 'Needs Tor Browser: copy the address and open it there.',
    }]);
  });

  it('lists the newest memento of each other archive, https only', () => {
    const out = suggest(base({
      wayback: { status: 'none' },
      memento: { status: 'found', mementos: [
        { uri: 'https://arquivo.pt/wayback/20200101000000/https://docs.example/', datetime: '2020-01-01T00:00:00Z' },
        { uri: 'https://arquivo.pt/wayback/20240101000000/https://docs.example/', datetime: '2024-01-01T00:00:00Z' },
        { uri: 'http://insecure.example/1', datetime: '2025-01-01T00:00:00Z' },
        { uri: 'https://web.archive.org/web/2025/https://docs.example/', datetime: '2025-01-01T00:00:00Z' },
        { uri: 'javascript:alert(1)', datetime: '2025-01-01T00:00:00Z' },
        { uri: 'https://webarchive.example/x', datetime: 'not a date' },
      ] },
    }));
    expect(out.map((s) => [s.kind, s.url])).toEqual([['memento', 'https://arquivo.pt/wayback/20240101000000/https://docs.example/']]);
    expect(out[0]?.freshness).toBe('snapshot of 1 Jan 2024 (1 year ago)');
  });
});

describe('suggestMirrors refuses hostile values', () => {
  const hostile = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://evil.example/', 'https://user:pw@evil.example/', 'https://evil.example/\u0000', 'file:///etc/passwd', ' https://evil.example/', 'vbscript:x', ''];

  it('never links a hostile snapshot URL, nor one on a host the archive does not own', () => {
    for (const url of [...hostile, 'https://evil.example/web/20250101000000/x']) {
      const out = suggest(base({ diagnosis: { provider: null, failure: 'unknown' }, wayback: { status: 'found', url, timestamp: '20250101000000' }, archiveToday: { status: 'found', url } }));
      // a bad Wayback answer falls back to the shortcut; a bad archive.today answer is dropped
      expect(out.map((s) => s.url)).toEqual(['https://web.archive.org/web/2/https://docs.example/guide/start?x=1']);
    }
  });

  it('rejects javascript: and malformed DNSLink values and x-ipfs-path values', () => {
    const values = ['dnslink=javascript:alert(1)', 'dnslink=/ipfs/javascript:alert(1)', `dnslink=/ipfs/${CID}/../../etc`, 'dnslink=/ipfs/notacid', 'dnslink=https://evil.example/',
      `dnslink=/ipfs/${CID}?x=<script>`, 'dnslink=/ipns/EVIL..example', `dnslink=/ipfs/${CID}/%2e%2e/x`, `dnslink=/ipfs/${CID} `.repeat(400)];
    const out = suggest(base({
      dnslink: [{ resolver: 'dns.google', txt: values }],
      learned: { ipfsPath: 'javascript:alert(1)', onionLocation: 'javascript:alert(1)' },
      gateways: [gw('https://a.example'), gw('javascript:alert(1)'), gw('https://a.example.evil/\u0000')],
      wayback: { status: 'none' },
    }));
    expect(out).toEqual([]);
  });

  it('returns nothing for a failing URL that is not a web address, and never throws on junk', () => {
    for (const url of hostile.slice(0, 2)) expect(suggest(base({ url }))).toEqual([]);
    const junk = [null, undefined, 42, {}, [], 'x', { url: 5 }, { url: 'https://a.example/', diagnosis: null, now: NaN, gateways: 'x', dnslink: [null, { txt: 'dnslink=/ipfs/x' }], memento: { status: 'found', mementos: null } }];
    for (const input of junk) expect(() => suggest(input as unknown as MirrorInput)).not.toThrow();
  });

  it('rejects onion values that are not a v3 onion address', () => {
    for (const onionLocation of ['https://evil.example/', 'http://short.onion/', 'ftp://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/', 'javascript://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/']) {
      expect(suggest(base({ learned: { onionLocation }, wayback: { status: 'none' } }))).toEqual([]);
    }
  });
});
