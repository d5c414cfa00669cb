import { describe, expect, it } from 'vitest';
import { createAddressHasher } from '../../collector/limits/address-hasher';
import { createRateLimiter } from '../../collector/limits/rate-limiter';
import { harness } from './app-harness';
import { report } from './reports';
import { STORE_CASES } from './stores';

const DAY = 86_400_000;

describe('the address hasher', () => {
  it('gives one id per address per day, unlinkable to the next day, and never the address', () => {
    const clock = { now: 10 * DAY + 5 };
    const hasher = createAddressHasher(() => clock.now);
    const a = hasher.hash('203.0.113.9');
    expect(a.rotated).toBe(true);
    expect(hasher.hash('203.0.113.9')).toEqual({ id: a.id, rotated: false });
    expect(hasher.hash('203.0.113.10').id).not.toBe(a.id);
    expect(a.id).not.toContain('203');
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    clock.now += DAY;
    const next = hasher.hash('203.0.113.9');
    expect(next.rotated).toBe(true);
    expect(next.id).not.toBe(a.id);
  });

  it('makes a fresh random key each run, so two processes disagree', () => {
    const now = () => 10 * DAY;
    expect(createAddressHasher(now).hash('198.51.100.1').id).not.toBe(createAddressHasher(now).hash('198.51.100.1').id);
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
