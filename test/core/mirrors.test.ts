import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import { readHost } from '../../src/core/context';

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const ONION = 'http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/';

describe('mirror hints', () => {
  it('keeps x-ipfs-path and Onion-Location from a healthy answer, in any case', () => {
    const d = classify({ url: 'https://docs.example/', statusCode: 200, responseHeaders: [
      { name: 'server', value: 'cloudflare' }, { name: 'X-Ipfs-Path', value: `/ipfs/${CID}/index.html` }, { name: 'onion-location', value: ONION },
    ] });
    expect(d.mirrors).toEqual({ ipfsPath: `/ipfs/${CID}/index.html`, onionLocation: ONION });
    expect(d.provider).toBe('cloudflare');
  });

  it('drops values that are not an IPFS path or an onion URL', () => {
    const d = classify({ url: 'https://docs.example/', statusCode: 200, responseHeaders: [
      { name: 'x-ipfs-path', value: 'javascript:alert(1)' }, { name: 'onion-location', value: 'https://evil.example/' },
    ] });
    expect(d.mirrors).toBeUndefined();
  });
});

describe('readHost', () => {
  it('reads the host without the URL parser', () => {
    expect(readHost('https://User:pw@Shop.Example:8443/a?b#c')).toBe('shop.example');
    expect(readHost('http://[2606:4700::1]:80/')).toBe('[2606:4700::1]');
    expect(readHost('https://example.org.')).toBe('example.org');
    expect(readHost('https://a.example?x=/y')).toBe('a.example');
    expect(readHost('not a url')).toBe('');
    expect(readHost(42)).toBe('');
  });
});

describe('providerOwnPath', () => {
  it("knows the paths a provider's edge answers itself", async () => {
    const { providerOwnPath } = await import('../../src/core/provider-own-path');
    expect(providerOwnPath('https://shop.example/cdn-cgi/styles/main.css')).toBe(true);
    expect(providerOwnPath('https://shop.example/favicon.ico')).toBe(true);
    expect(providerOwnPath('https://shop.example/products/cdn-cgi/x')).toBe(false);
    expect(providerOwnPath('https://shop.example/')).toBe(false);
    expect(providerOwnPath('nonsense')).toBe(false);
  });
});
