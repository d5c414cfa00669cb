// Properties over arbitrary (and hostile) inputs: every link is https:, the onion is copy-only, mirrors on
// the failing provider come after every other one, and DNSLink names inline into one reversible label.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatewayUrl, inlineDnslinkName, parseContentPath, suggestMirrors, type MirrorInput } from '../../../src/core/mirrors';
import { spoken } from '../explain/say';

// The suggestions with their words rendered in English, as the popup shows them.
const suggest = (input: MirrorInput) => suggestMirrors(input).map(spoken);

const CIDS = ['bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG'];
const NASTY = ['javascript:alert(1)', 'data:text/html,x', 'http://a.example/', 'https://u:p@a.example/', 'https://a.example/%00', '\u0000', '//evil', 'https://web.archive.org/web/20250101000000/x',
  'https://archive.ph/x', 'http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/', 'https://gw.example', 'https://vitalik.eth/'];
const text = fc.oneof(fc.string(), fc.constantFrom(...NASTY), fc.constantFrom(...CIDS.map((c) => `/ipfs/${c}/a`)), fc.constantFrom(...CIDS.map((c) => `dnslink=/ipfs/${c}`)));
const providers = fc.constantFrom('cloudflare', 'fastly', 'aws', undefined);

const input = fc.record({
  url: fc.oneof(text, fc.webUrl(), fc.constantFrom('https://vitalik.eth/x', 'https://docs.example/a?b=1')),
  diagnosis: fc.record({ provider: fc.constantFrom('cloudflare', 'fastly', null), failure: fc.constantFrom('edge', 'origin', 'unknown', 'block', 'none') }),
  learned: fc.record({ ipfsPath: text, onionLocation: fc.oneof(text, fc.constant(NASTY[9] as string)), seen: fc.integer() }, { requiredKeys: [] }),
  dnslink: fc.array(fc.record({ resolver: fc.string(), txt: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }),
  wayback: fc.oneof(fc.constant(undefined), fc.record({ status: fc.constant('found' as const), url: text, timestamp: fc.constantFrom('20250101000000', 'x', '20251399000000') }), fc.constant({ status: 'error' as const, error: 'x' })),
  archiveToday: fc.oneof(fc.constant(undefined), fc.record({ status: fc.constant('found' as const), url: text }), fc.constant({ status: 'error' as const, error: 'x' })),
  memento: fc.record({ status: fc.constant('found' as const), mementos: fc.array(fc.record({ uri: text, datetime: fc.constantFrom('2024-01-01T00:00:00Z', 'x') }), { maxLength: 4 }) }),
  gateways: fc.array(fc.record({ gateway: fc.oneof(text, fc.webUrl()), ok: fc.boolean(), latencyMs: fc.nat(), checkedAt: fc.integer(), subdomain: fc.boolean() }), { maxLength: 4 }),
  fronts: fc.dictionary(fc.string(), providers),
  now: fc.integer(),
});

describe('suggestMirrors properties', () => {
  const seen = { links: 0, demoted: 0, copies: 0 };
  it('links only https: addresses without credentials; the onion is copy-only; same-provider mirrors last', () => {
    fc.assert(fc.property(input, ({ fronts, ...rest }) => {
      const out = suggest({ ...rest, frontedBy: (host) => fronts[host] ?? (host.length % 2 === 0 ? 'cloudflare' : undefined) } as MirrorInput);
      let demoted = false;
      for (const s of out) {
        seen.links += 1;
        if (s.sameProviderAsFailure) seen.demoted += 1;
        if (s.action === 'copy') seen.copies += 1;
        const url = new URL(s.url);
        expect(url.username + url.password).toBe('');
        if (s.action === 'copy') {
          expect(s.kind).toBe('onion');
          expect(url.hostname.endsWith('.onion')).toBe(true);
          expect(s.warning).toMatch(/Tor Browser/);
        } else {
          expect(url.protocol).toBe('https:');
          expect(url.href).toBe(s.url);
        }
        if (s.sameProviderAsFailure) {
          demoted = true;
          expect(s.warning).toMatch(/may be down as well/);
        } else {
          expect(demoted).toBe(false);
        }
      }
    }), { numRuns: 500 });
    // the generators reach every branch, not only the empty answer
    expect(seen.links).toBeGreaterThan(200);
    expect(seen.demoted).toBeGreaterThan(10);
    expect(seen.copies).toBeGreaterThan(5);
  });

  it('inlines any DNS name into one label and back', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(fc.property(fc.array(label, { minLength: 2, maxLength: 5 }), (labels) => {
      const name = labels.join('.');
      const inlined = inlineDnslinkName(name);
      expect(inlined).not.toContain('.');
      expect(inlined.replace(/--|-/g, (m) => (m === '--' ? '-' : '.'))).toBe(name);
    }));
  });

  it('a content path never carries a scheme, a query or a traversal into a gateway URL', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (root, rest) => {
      for (const value of [`/ipfs/${root}${rest}`, `/ipns/${root}/${rest}`, `/ipfs/${CIDS[0]}/${rest}`]) {
        const content = parseContentPath(value);
        if (content === undefined) continue;
        const url = gatewayUrl('https://gw.example', content, '', false);
        expect(url).toBeDefined();
        const parsed = new URL(url as string);
        expect(parsed.hostname).toBe('gw.example');
        expect(parsed.search).toBe('');
        expect(parsed.pathname.startsWith(`/${content.namespace}/${content.root}`)).toBe(true);
      }
    }), { numRuns: 1000 });
  });
});
