import { describe, expect, it } from 'vitest';
import { clientKey, createAddressHasher } from '../../collector/limits/address-hasher';
import { createRateLimiter } from '../../collector/limits/rate-limiter';
import { harness } from './app-harness';
import { report } from './reports';
import { STORE_CASES } from './stores';

const DAY = 86_400_000;

describe('the address hasher', () => {
  it('gives one id per client per day, unlinkable to the next day, and never the address', () => {
    const clock = { now: 10 * DAY + 5 };
    const hasher = createAddressHasher(() => clock.now);
    const a = hasher.hash('203.0.113.9');
    expect(a.day).toBe(10);
    expect(hasher.hash('203.0.113.9')).toEqual(a);
    expect(hasher.hash('203.0.113.10').id).not.toBe(a.id);
    expect(a.id).not.toContain('203');
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    clock.now += DAY;
    const next = hasher.hash('203.0.113.9');
    expect(next.day).toBe(11);
    expect(next.id).not.toBe(a.id);
  });

  it('makes a fresh random key each run, so two processes disagree', () => {
    const now = () => 10 * DAY;
    expect(createAddressHasher(now).hash('198.51.100.1').id).not.toBe(createAddressHasher(now).hash('198.51.100.1').id);
  });

  it('counts an IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 address', () => {
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientKey('198.51.100.7')).toBe('198.51.100.7');
    const hasher = createAddressHasher(() => 10 * DAY);
    expect(hasher.hash('2001:db8:1:2::1').id).toBe(hasher.hash('2001:db8:1:2:ffff::42').id);
    expect(hasher.hash('2001:db8:1:2::1').id).not.toBe(hasher.hash('2001:db8:1:3::1').id);
  });
});

describe('the rate limiter', () => {
  it('allows a burst of half a minute, then refills at the set rate', () => {
    const clock = { now: 10 * DAY };
    const limiter = createRateLimiter({ perMinute: 60, hasher: createAddressHasher(() => clock.now), now: () => clock.now });
    for (let i = 0; i < 30; i++) expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBe(1);
    expect(limiter.take('b')).toBeUndefined();
    clock.now += 2000;
    expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBeUndefined();
    expect(limiter.take('a')).toBe(1);
    clock.now += DAY; // a new key: every bucket starts full again
    expect(limiter.take('a')).toBeUndefined();
  });

  it('is off at 0', () => {
    const limiter = createRateLimiter({ perMinute: 0, hasher: createAddressHasher(Date.now), now: Date.now });
    for (let i = 0; i < 1000; i++) expect(limiter.take('a')).toBeUndefined();
  });

  it.each(STORE_CASES)('answers 429 with Retry-After over the limit and stores nothing then ($name)', async (kind) => {
    const limiter = createRateLimiter({ perMinute: 4, hasher: createAddressHasher(Date.now), now: Date.now });
    const h = await harness(kind, { rateLimiter: limiter });
    try {
      expect((await h.post({ reports: [report()] })).status).toBe(200);
      expect((await h.post({ reports: [report()] })).status).toBe(200);
      const limited = await h.app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'application/json' }, payload: { reports: [report()] } });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('15');
      expect(limited.json()).toMatchObject({ error: 'rate-limited' });
      expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect(await h.store.total()).toBe(2);
    } finally {
      await h.close();
    }
  });
});

describe('client addresses behind a proxy', () => {
  const limited = async (options: Parameters<typeof harness>[1], requests: { from: string; forwardedFor?: string }[]): Promise<number[]> => {
    const h = await harness(STORE_CASES[0]!, { ...options, rateLimiter: createRateLimiter({ perMinute: 4, hasher: createAddressHasher(Date.now), now: Date.now }) });
    try {
      const statuses: number[] = [];
      for (const { from, forwardedFor } of requests) {
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) };
        statuses.push((await h.post({ reports: [report()] }, headers, from)).status);
      }
      return statuses;
    } finally {
      await h.close();
    }
  };

  it('reads X-Forwarded-For only from a configured proxy: a forged one from anyone else changes nothing', async () => {
    const forged = [1, 2, 3].map((i) => ({ from: '203.0.113.50', forwardedFor: `198.51.100.${i}` }));
    expect(await limited({ trustProxy: ['10.0.0.0/8'] }, forged)).toEqual([200, 200, 429]);
    const proxied = [1, 2, 3].map((i) => ({ from: '10.1.2.3', forwardedFor: `198.51.100.${i}` }));
    expect(await limited({ trustProxy: ['10.0.0.0/8'] }, proxied)).toEqual([200, 200, 200]);
    const forgedThroughProxy = [1, 2, 3].map((i) => ({ from: '10.1.2.3', forwardedFor: `198.51.100.${i}, 198.51.100.9` }));
    expect(await limited({ trustProxy: ['10.0.0.0/8'] }, forgedThroughProxy)).toEqual([200, 200, 429]); // only the hop the proxy added
  });

  it('with a hop count, believes only that many hops from the right', async () => {
    const hops = [1, 2, 3].map((i) => ({ from: '10.1.2.3', forwardedFor: `198.51.100.${i}, 192.0.2.1` }));
    expect(await limited({ trustProxy: 1 }, hops)).toEqual([200, 200, 429]);
    expect(await limited({ trustProxy: 2 }, hops)).toEqual([200, 200, 200]);
  });

  it('limits an IPv6 client per /64', async () => {
    const sameNet = [1, 2, 3].map((i) => ({ from: `2001:db8:5:6::${i}` }));
    expect(await limited({}, sameNet)).toEqual([200, 200, 429]);
    const otherNets = [1, 2, 3].map((i) => ({ from: `2001:db8:5:${i}::1` }));
    expect(await limited({}, otherNets)).toEqual([200, 200, 200]);
  });
});
