import { beforeAll, describe, expect, it } from 'vitest';
import popup from '../../src/locales/en/popup.json';
import { useCatalogs } from '../../src/shared/i18n';
import { communityLine } from '../../src/popup/community-line';

const NOW = 1_700_000_100; // window 1_700_000_100 - 100 % 300 …
const W = Math.floor(NOW / 300) * 300;

beforeAll(() => useCatalogs(popup));

describe('communityLine', () => {
  const answer = {
    k: 5,
    buckets: [
      { provider: 'cloudflare', window: W, failure: 'edge', reports: 400 },
      { provider: 'cloudflare', window: W - 300, failure: 'edge', reports: 12 },
      { provider: 'cloudflare', window: W - 600, failure: 'edge', reports: 999 }, // older than 10 minutes
      { provider: 'cloudflare', window: W, failure: 'origin', reports: 50 },
      { provider: 'fastly', window: W, failure: 'edge', reports: 70 },
    ],
  };

  it('counts the provider and failure over the last 10 minutes', () => {
    expect(communityLine(answer, 'cloudflare', 'Cloudflare', 'edge', NOW)).toBe('412 Detour users report Cloudflare edge failures in the last 10 minutes');
    expect(communityLine(answer, 'cloudflare', 'Cloudflare', 'origin', NOW)).toBe('50 Detour users report Cloudflare origin failures in the last 10 minutes');
  });

  it('says "fewer than k" when nothing was published, and nothing for an answer it cannot read', () => {
    expect(communityLine(answer, 'aws', 'AWS', 'edge', NOW)).toBe('Fewer than 5 Detour users report AWS edge failures in the last 10 minutes');
    expect(communityLine({ k: 1, buckets: [] }, 'aws', 'AWS', 'edge', NOW)).toBe('No Detour user reports AWS edge failures in the last 10 minutes');
    expect(communityLine('<html>', 'aws', 'AWS', 'edge', NOW)).toBeUndefined();
    expect(communityLine({ buckets: 'x' }, 'aws', 'AWS', 'edge', NOW)).toBeUndefined();
  });
});
