import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_ORANGE, BADGE_RED, badgeFor } from '../../src/core/badge';
import { say } from '../../src/shared/say';
import type { NoticeContext } from '../../src/core/notice';
import type { Failure } from '../../src/core/types';
import type { TabDiagnosis } from '../../src/shared/messages';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(outage));

let n = 0;
function entry(host: string, provider: string | null, failure: Failure, timeStamp = 10, type = 'script'): TabDiagnosis {
  return { id: String(n++), url: `https://${host}/`, host, type, timeStamp, diagnosis: { provider, failure, evidence: ['test'] } };
}
const tab = (entries: TabDiagnosis[], recovered: [string, number][] = []) => ({ entries, recovered: new Map(recovered) });
const onPage = (pageHost: string, more: Partial<NoticeContext> = {}): NoticeContext => ({ pageHost, pageProvider: undefined, incidents: new Set(), countOtherSites: false, ...more });
const SHOP = onPage('shop.example');

describe('badgeFor', () => {
  it('is empty when nothing failed at an edge or origin, or for a tab Detour has not seen', () => {
    expect(badgeFor(tab([entry('a.example', 'cloudflare', 'block'), entry('a.example', null, 'client')]), SHOP).text).toBe('');
    expect(badgeFor(undefined, SHOP).text).toBe('');
  });

  it('counts distinct (provider, host) pairs, orange for origin failures only; a site failing on its own is its own pair', () => {
    const badge = badgeFor(tab([
      entry('shop.example', 'cloudflare', 'origin'),
      entry('shop.example', 'cloudflare', 'origin'),
      entry('img.example', 'cloudflare', 'origin'),
      entry('api.example', null, 'origin'),
    ]), SHOP);
    expect(badge).toMatchObject({ text: '3', color: BADGE_ORANGE });
    expect(say(badge.title)).toContain('Detour: Cloudflare failing');
    expect(say(badge.title)).toContain("Cloudflare: shop.example (site's server)");
    expect(say(badge.title)).toContain("api.example: the site's own server");
  });

  it('turns red when any provider edge failed, and an edge outranks an origin for the same pair', () => {
    const badge = badgeFor(tab([entry('cdn.example', 'fastly', 'origin'), entry('cdn.example', 'fastly', 'edge'), entry('x.example', 'aws', 'origin')]), SHOP);
    expect(badge).toMatchObject({ text: '2', color: BADGE_RED });
    expect(say(badge.title)).toContain("Fastly: cdn.example (provider's edge)");
    expect(say(badge.title)).toContain('Fastly, AWS failing');
  });

  it('stops counting a host that answered healthily after it failed, but not one that failed again since', () => {
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10, 'image')], [['cloudflare\nshop.example', 20]]), SHOP).text).toBe('');
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 30, 'image')], [['cloudflare\nshop.example', 20]]), SHOP).text).toBe('1');
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10, 'image')], [['fastly\nshop.example', 20]]), SHOP).text).toBe('1');
  });

  it('keeps counting the page or a part it needs until that very request succeeds, whatever else the host answers', () => {
    const hostAnswered: [string, number][] = [['cloudflare\nshop.example', 20]];
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10, 'main_frame')], hostAnswered), SHOP).text).toBe('1');
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10, 'script')], hostAnswered), SHOP).text).toBe('1');
    expect(badgeFor(tab([entry('shop.example', 'cloudflare', 'origin', 10, 'script')], [['cloudflare\n\nhttps://shop.example/', 20]]), SHOP).text).toBe('');
  });

  it("leaves another site's images, pixels and beacons out, unless their provider has an incident or the person counts them", () => {
    const noise = tab([
      entry('d2abcdefgh.cloudfront.net', 'aws', 'origin', 10, 'image'),
      entry('pixel.tracker.example', 'fastly', 'edge', 10, 'ping'),
      entry('ads.network.example', null, 'origin', 10, 'sub_frame'),
      entry('media.other.example', 'akamai', 'origin', 10, 'media'),
    ]);
    expect(badgeFor(noise, onPage('www.news.example')).text).toBe('');
    expect(badgeFor(noise, onPage('www.news.example', { incidents: new Set(['aws']) })).text).toBe('1');
    expect(badgeFor(noise, onPage('www.news.example', { countOtherSites: true })).text).toBe('4');
  });

  it("counts the page, its own site's requests of any kind, the site's CDN host, and what breaks the page from any host", () => {
    const page = onPage('www.news.example', { pageProvider: 'aws' });
    expect(badgeFor(tab([entry('www.news.example', 'aws', 'origin', 10, 'main_frame')]), page).text).toBe('1');
    expect(badgeFor(tab([entry('img.news.example', 'aws', 'origin', 10, 'image')]), page).text).toBe('1');
    expect(badgeFor(tab([entry('d111111abcdef8.cloudfront.net', 'aws', 'edge', 10, 'image')]), page).text).toBe('1');
    expect(badgeFor(tab([entry('d111111abcdef8.cloudfront.net', 'aws', 'edge', 10, 'image')]), onPage('www.news.example', { pageProvider: 'cloudflare' })).text).toBe('');
    expect(badgeFor(tab([entry('cdn.jsdelivr.example', 'fastly', 'edge', 10, 'script'), entry('api.other.example', 'cloudflare', 'origin', 10, 'xmlhttprequest')]), page).text).toBe('2');
    // a.example.co.uk and b.example.co.uk are one site; two people's sites on github.io are two.
    expect(badgeFor(tab([entry('static.example.co.uk', 'fastly', 'origin', 10, 'image')]), onPage('www.example.co.uk')).text).toBe('1');
    expect(badgeFor(tab([entry('bob.github.io', 'github', 'origin', 10, 'image')]), onPage('alice.github.io')).text).toBe('');
  });
});
