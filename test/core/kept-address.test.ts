import { describe, expect, it } from 'vitest';
import { failureRecord } from '../../src/background/failure-record';
import { keptAddress } from '../../src/core/kept-address';

describe('what is kept of an address', () => {
  it('keeps scheme, host and path; drops the query and fragment', () => {
    expect(keptAddress('https://shop.example/cart?session=s3cr3t&sig=abc#pay')).toBe('https://shop.example/cart');
    expect(keptAddress('https://bucket.s3.amazonaws.com/key.pdf?X-Amz-Signature=deadbeef')).toBe('https://bucket.s3.amazonaws.com/key.pdf');
    expect(keptAddress('http://host:8080/a/b#frag')).toBe('http://host:8080/a/b');
    expect(keptAddress('https://shop.example/')).toBe('https://shop.example/');
  });

  it('is what a failure record stores, for the request and its page', () => {
    const page = { tabId: 3, pageId: '3-1', url: 'https://shop.example/checkout?token=abc', start: 1 };
    const record = failureRecord({ url: 'https://api.shop.example/pay?card=4111#x', tabId: 3, requestId: '9', statusCode: 502 }, { provider: null, failure: 'origin', evidence: [] }, 'api.shop.example', page, 's');
    expect(record).toMatchObject({ url: 'https://api.shop.example/pay', pageUrl: 'https://shop.example/checkout' });
    expect(JSON.stringify(record)).not.toMatch(/token|card|4111/);
  });
});
