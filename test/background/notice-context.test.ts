// What the background tells core/notice.ts about a tab: the page's host, the provider serving it (its own
// failing answer first, else what a healthy answer taught), the open incidents and the person's setting.
import { describe, expect, it } from 'vitest';
import { noticeContext, tabHeadline, withNotices } from '../../src/background/notice-context';
import { classify } from '../../src/core/classify';
import type { TabDiagnosis } from '../../src/shared/messages';

const CF = [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }];
const failing = (id: string, url: string, type: string, status = 502): TabDiagnosis => ({
  id, url, host: new URL(url).host, type, timeStamp: 1,
  diagnosis: classify({ url, type, statusCode: status, responseHeaders: CF }),
});
const page = { tabId: 1, pageId: 'p', url: 'https://shop.example/cart', start: 1 };
const sources = (learned: Record<string, string | null> = {}, incidents: string[] = [], countOtherSites = false) => ({
  hosts: { get: (host: string) => (host in learned ? { provider: learned[host] ?? null } : undefined) } as never,
  incidents: () => new Set(incidents),
  countOtherSites: () => countOtherSites,
});

describe('noticeContext', () => {
  it('takes the provider serving the page from the page’s own failing answer', () => {
    const tab = { page, entries: [failing('a', 'https://shop.example/cart', 'main_frame')] };
    expect(noticeContext(tab, sources({ 'shop.example': 'fastly' }))).toEqual({ pageHost: 'shop.example', pageProvider: 'cloudflare', incidents: new Set(), countOtherSites: false });
  });

  it('else from what a healthy answer taught about the page’s host, and passes on incidents and the setting', () => {
    const tab = { page, entries: [failing('a', 'https://pixel.tracker.example/p.gif', 'image')] };
    const context = noticeContext(tab, sources({ 'shop.example': 'fastly' }, ['cloudflare'], true));
    expect(context).toEqual({ pageHost: 'shop.example', pageProvider: 'fastly', incidents: new Set(['cloudflare']), countOtherSites: true });
  });

  it('knows nothing of a tab it has no page for', () => {
    expect(noticeContext(undefined, sources())).toMatchObject({ pageHost: '', pageProvider: undefined });
  });
});

describe('tabHeadline', () => {
  it('headlines the page’s own failure over another site’s pixel', () => {
    const pixel = failing('px', 'https://pixel.tracker.example/p.gif', 'image');
    const own = failing('own', 'https://shop.example/cart', 'main_frame');
    expect(tabHeadline({ page, entries: [pixel, own] }, sources())?.id).toBe('own');
  });

  it('does not headline another site’s pixel, unless its provider has an incident', () => {
    const pixel = failing('px', 'https://pixel.tracker.example/p.gif', 'image');
    expect(tabHeadline({ page, entries: [pixel] }, sources())).toBeUndefined();
    expect(tabHeadline({ page, entries: [pixel] }, sources({}, ['cloudflare']))?.id).toBe('px');
    expect(tabHeadline(undefined, sources())).toBeUndefined();
  });
});

describe('withNotices', () => {
  it('gives every entry what notice.ts says of it, leaving the entries themselves alone', () => {
    const entries = [failing('own', 'https://shop.example/cart', 'main_frame'), failing('px', 'https://pixel.tracker.example/p.gif', 'image')];
    const noticed = withNotices(entries, noticeContext({ page, entries }, sources()));
    expect(noticed.map((entry) => [entry.id, entry.notice?.counts, entry.notice?.why])).toEqual([['own', true, 'page'], ['px', false, 'other-site']]);
    expect(entries.every((entry) => entry.notice === undefined)).toBe(true);
  });
});
