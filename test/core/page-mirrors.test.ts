import { describe, expect, it } from 'vitest';
import { pageMirrors } from '../../src/core/page-mirrors';

const ONION = 'http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/';

describe('pageMirrors', () => {
  it('keeps a well-formed IPFS or IPNS path and onion address, trimmed', () => {
    expect(pageMirrors(' /ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/index.html ', undefined)).toEqual({
      ipfsPath: '/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/index.html',
    });
    expect(pageMirrors('/ipns/en.wikipedia-on-ipfs.org/wiki/', ` ${ONION}`)).toEqual({ ipfsPath: '/ipns/en.wikipedia-on-ipfs.org/wiki/', onionLocation: ONION });
  });

  it('refuses anything else a page could write there', () => {
    for (const value of ['javascript:alert(1)', 'https://evil.example/ipfs/x', '/ipfs/', '/ipfs/a b', `/ipfs/${'a'.repeat(600)}`, '', 42, null, {}]) {
      expect(pageMirrors(value, undefined)).toBeUndefined();
    }
    for (const value of ['javascript:alert(1)', 'http://short.onion/', 'https://example.com/', `${ONION}${'a'.repeat(3000)}`]) {
      expect(pageMirrors(undefined, value)).toBeUndefined();
    }
  });
});
