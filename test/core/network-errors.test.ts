import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/classify';
import { readNetworkError } from '../../src/core/network-errors';

describe('network errors', () => {
  it('reads Chrome and Firefox names alike, and falls back for new ones', () => {
    expect(readNetworkError('net::ERR_CONNECTION_REFUSED').info.alone).toBe('origin');
    expect(readNetworkError('NS_ERROR_CONNECTION_REFUSED').info.alone).toBe('origin');
    expect(readNetworkError(' net::err_cert_date_invalid ').info.alone).toBe('origin');
    expect(readNetworkError('net::ERR_BLOCKED_BY_ORB').info.alone).toBe('client');
    expect(readNetworkError('net::ERR_BRAND_NEW_THING').info).toMatchObject({ alone: 'unknown', atEdge: 'unknown' });
  });

  it('knows the errors that are not failures (cancellations, ORB, other extensions)', async () => {
    const { notAFailure } = await import('../../src/core/network-errors');
    for (const e of ['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'net::ERR_BLOCKED_BY_ORB', 'net::ERR_BLOCKED_BY_CLIENT', 'net::ERR_BLOCKED_BY_CSP', 'NS_ERROR_ABORT', 'NS_ERROR_TRACKING_URI', 'net::ERR_FAILED']) expect(notAFailure(e)).toBe(true);
    for (const e of ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_TIMEOUT', 'net::ERR_NAME_NOT_RESOLVED']) expect(notAFailure(e)).toBe(false);
  });

  it('uses the injected address lookup and what Detour learned about a host', () => {
    const classify = createClassifier({
      lookupIp: (ip) => (ip === '3.161.2.3' ? { provider: 'aws', service: 'cloudfront', edge: true } : ip === '3.1.2.3' ? { provider: 'aws', edge: false } : undefined),
      hostProvider: (host) => (host === 'shop.example' ? 'cloudflare' : undefined),
    });
    expect(classify({ url: 'https://a.example/', error: 'net::ERR_CONNECTION_TIMED_OUT', ip: '3.161.2.3' })).toMatchObject({ provider: 'aws', service: 'cloudfront', failure: 'edge' });
    // An EC2 address only says the site runs on AWS compute, not that AWS failed.
    expect(classify({ url: 'https://a.example/', error: 'net::ERR_CONNECTION_TIMED_OUT', ip: '3.1.2.3' })).toMatchObject({ provider: 'aws', failure: 'unknown' });
    expect(classify({ url: 'https://shop.example/', error: 'net::ERR_NAME_NOT_RESOLVED' })).toMatchObject({ provider: 'cloudflare', failure: 'unknown' });
    expect(classify({ url: 'https://other.example/', error: 'net::ERR_NAME_NOT_RESOLVED' })).toMatchObject({ provider: null, failure: 'unknown' });
  });

  it('places a failing load of a provider-owned host on that provider', () => {
    const classify = createClassifier();
    expect(classify({ url: 'https://challenges.cloudflare.com/turnstile/v0/api.js', error: 'net::ERR_CONNECTION_RESET', type: 'script' })).toMatchObject({ provider: 'cloudflare', failure: 'edge', service: 'challenges' });
    expect(classify({ url: 'https://myapp.vercel.app/', error: 'net::ERR_CONNECTION_TIMED_OUT' })).toMatchObject({ provider: 'vercel', failure: 'edge' });
    expect(classify({ url: 'https://myapp.vercel.app/', error: 'net::ERR_INTERNET_DISCONNECTED' })).toMatchObject({ provider: 'vercel', failure: 'client' });
  });
});
