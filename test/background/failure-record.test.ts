import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureRecord } from '../../src/background/failure-record';
import type { PageLoad } from '../../src/background/tab-pages';
import type { Diagnosis } from '../../src/core/types';

const page: PageLoad = { tabId: 3, pageId: '3-1', url: 'https://shop.example/checkout?token=abc', start: 1 };
const diagnosis: Diagnosis = { provider: 'cloudflare', failure: 'edge', status: 522, pop: 'FRA', evidence: ['status 522'] };

afterEach(() => void vi.useRealTimers());

describe('failureRecord', () => {
  it('stores of the request and its page only scheme, host and path', () => {
    const record = failureRecord({ url: 'https://api.shop.example/pay?card=4111#x', tabId: 3, requestId: '9', statusCode: 502 }, { provider: null, failure: 'origin', evidence: [] }, 'api.shop.example', page, 's');
    expect(record).toMatchObject({ url: 'https://api.shop.example/pay', pageUrl: 'https://shop.example/checkout' });
    expect(JSON.stringify(record)).not.toMatch(/token|card|4111/);
  });

  it("is keyed by the session and the browser's request id, so the same request written again replaces it", () => {
    const first = failureRecord({ url: 'https://cdn.shop.example/app.js', tabId: 3, requestId: '42', timeStamp: 500, statusCode: 522 }, diagnosis, 'cdn.shop.example', page, 'sess');
    const again = failureRecord({ url: 'https://cdn.shop.example/app.js', tabId: 3, requestId: '42', timeStamp: 900, error: 'net::ERR_ABORTED' }, diagnosis, 'cdn.shop.example', page, 'sess');
    const otherSession = failureRecord({ url: 'https://cdn.shop.example/app.js', tabId: 3, requestId: '42', timeStamp: 500 }, diagnosis, 'cdn.shop.example', page, 'next');
    expect(first.id).toBe('sess:42');
    expect(again.id).toBe(first.id);
    expect(otherSession.id).toBe('next:42');
  });

  it('without a request id, is keyed by the address and time', () => {
    const record = failureRecord({ url: 'https://cdn.shop.example/a.css', tabId: 3, timeStamp: 777 }, diagnosis, 'cdn.shop.example', page, 'sess');
    expect(record.id).toBe('sess:https://cdn.shop.example/a.css@777');
  });

  it("carries the tab, the page load, the verdict and the request's kind and time", () => {
    const record = failureRecord({ url: 'https://cdn.shop.example/app.js', tabId: 3, requestId: '1', timeStamp: 1234, type: 'script' }, diagnosis, 'cdn.shop.example', page, 's');
    expect(record).toEqual({
      id: 's:1', tabId: 3, pageId: '3-1', pageUrl: 'https://shop.example/checkout', url: 'https://cdn.shop.example/app.js', host: 'cdn.shop.example',
      type: 'script', time: 1234, provider: 'cloudflare', failure: 'edge', diagnosis,
    });
  });

  it("takes the clock's time and the kind 'other' when the browser gives neither", () => {
    vi.useFakeTimers({ now: 86_400_000 });
    const record = failureRecord({ url: 'https://cdn.shop.example/x', tabId: 3 }, diagnosis, 'cdn.shop.example', page, 's');
    expect(record).toMatchObject({ time: 86_400_000, type: 'other', id: 's:https://cdn.shop.example/x@86400000' });
  });
});
