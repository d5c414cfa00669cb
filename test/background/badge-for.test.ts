import { describe, expect, it } from 'vitest';
import { BADGE_ORANGE, BADGE_RED, badgeFor } from '../../src/background/badge-for';
import type { Failure } from '../../src/core/types';
import type { TabDiagnosis } from '../../src/shared/messages';

function entry(host: string, provider: string | null, failure: Failure): TabDiagnosis {
  return { url: `https://${host}/`, host, timeStamp: 0, diagnosis: { provider, failure, evidence: ['test'] } };
}

describe('badgeFor', () => {
  it('is empty when nothing failed at an edge or origin', () => {
    const badge = badgeFor([entry('a.example', 'cloudflare', 'block'), entry('a.example', null, 'client')]);
    expect(badge.text).toBe('');
  });

  it('counts distinct (provider, host) pairs, orange for origin failures only', () => {
    const badge = badgeFor([
      entry('shop.example', 'cloudflare', 'origin'),
      entry('shop.example', 'cloudflare', 'origin'),
      entry('img.example', 'cloudflare', 'origin'),
      entry('api.example', null, 'origin'),
    ]);
    expect(badge).toMatchObject({ text: '3', color: BADGE_ORANGE });
    expect(badge.title).toContain('cloudflare: shop.example (origin)');
    expect(badge.title).toContain('the site itself: api.example (origin)');
  });

  it('turns red when any provider edge failed, and an edge outranks an origin for the same pair', () => {
    const badge = badgeFor([entry('cdn.example', 'fastly', 'origin'), entry('cdn.example', 'fastly', 'edge')]);
    expect(badge).toMatchObject({ text: '1', color: BADGE_RED });
    expect(badge.title).toBe('Detour: fastly: cdn.example (edge)');
  });
});
