import { describe, expect, it } from 'vitest';
import { keptAddress } from '../../src/core/kept-address';

describe('what is kept of an address', () => {
  it('keeps scheme, host and path; drops the query and fragment', () => {
    expect(keptAddress('https://shop.example/cart?session=s3cr3t&sig=abc#pay')).toBe('https://shop.example/cart');
    expect(keptAddress('https://bucket.s3.amazonaws.com/key.pdf?X-Amz-Signature=deadbeef')).toBe('https://bucket.s3.amazonaws.com/key.pdf');
    expect(keptAddress('http://host:8080/a/b#frag')).toBe('http://host:8080/a/b');
    expect(keptAddress('https://shop.example/')).toBe('https://shop.example/');
  });
});
