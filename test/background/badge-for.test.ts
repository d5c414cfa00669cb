import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_ORANGE, BADGE_RED, badgeFor } from '../../src/background/badge-for';
import type { Failure } from '../../src/core/types';
import type { TabDiagnosis } from '../../src/shared/messages';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(outage));

let n = 0;
function entry(host: string, provider: string | null, failure: Failure, timeStamp = 10): TabDiagnosis {
  return { id: String(n++), url: `https://${host}/`, host, timeStamp, diagnosis: { provider, failure, evidence: ['test'] } };
}
const tab = (entries: TabDiagnosis[], recovered: [string, number][] = []) => ({ entries, recovered: new Map(recovered) });

describe('badgeFor', () => {
  it('is empty when nothing failed at an edge or origin, or for a tab Detour has not seen', () => {
    expect(badgeFor(tab([entry('a.example', 'cloudflare', 'block'), entry('a.example', null, 'client')])).text).toBe('');
    expect(badgeFor(undefined).text).toBe('');
  });

  it('counts distinct (provider, host) pairs, orange for origin failures only; a site failing on its own is its own pair', () => {
    const badge = badgeFor(tab([
      entry('shop.example', 'cloudflare', 'origin'),
      entry('shop.example', 'cloudflare', 'origin'),
      entry('img.example', 'cloudflare', 'origin'),
      entry('api.example', null, 'origin'),
    ]));
    expect(badge).toMatchObject({ text: '3', color: BADGE_ORANGE });
    expect(badge.title).toContain('Detour: Cloudflare failing');
    expect(badge.title).toContain("Cloudflare: shop.example (site's server)");
    expect(badge.title).toContain("api.example: the site's own server");
  });

  it('turns red when any provider edge failed, and an edge outranks an origin for the same pair', () => {
    const badge = badgeFor(tab([entry('cdn.example', 'fastly', 'origin'), entry('cdn.example', 'fastly', 'edge'), entry('x.example', 'aws', 'origin')]));
    expect(badge).toMatchObject({ text: '2', color: BADGE_RED });
    expect(badge.title).toContain("Fastly: cdn.example (provider's edge)");
    expect(badge.title).toContain('Fastly, AWS failing');
  });

  it('stops counting a host that answered healthily after it failed, but not one that failed again since', () => {
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10)], [['cloudflare\nshop.example', 20]])).text).toBe('');
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 30)], [['cloudflare\nshop.example', 20]])).text).toBe('1');
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10)], [['fastly\nshop.example', 20]])).text).toBe('1');
  });
});
