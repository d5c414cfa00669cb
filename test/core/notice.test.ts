// Which failures a person would notice: the reason each gets, and how the popup splits them.
import { describe, expect, it } from 'vitest';
import { leadingFailures } from '../../src/core/explain';
import { noticeOf, type NoticeContext } from '../../src/core/notice';
import type { Failure } from '../../src/core/types';

const page = (more: Partial<NoticeContext> = {}): NoticeContext => ({ pageHost: 'www.news.example', pageProvider: 'cloudflare', incidents: new Set(), countOtherSites: false, ...more });
const at = (host: string, type: string, provider: string | null, failure: Failure = 'origin') => ({ host, type, diagnosis: { provider, failure } });

describe('noticeOf', () => {
  it('gives each counted failure its reason', () => {
    expect(noticeOf(at('www.news.example', 'main_frame', 'cloudflare'), page())).toEqual({ counts: true, why: 'page', party: 'page' });
    expect(noticeOf(at('img.news.example', 'image', 'cloudflare'), page())).toEqual({ counts: true, why: 'site', party: 'site' });
    expect(noticeOf(at('shop.pages.dev', 'image', 'cloudflare'), page())).toEqual({ counts: true, why: 'site-cdn', party: 'site' });
    expect(noticeOf(at('cdn.other.example', 'font', 'fastly', 'edge'), page())).toEqual({ counts: true, why: 'breaks', party: 'other' });
    expect(noticeOf(at('px.other.example', 'image', 'fastly', 'edge'), page({ incidents: new Set(['fastly']) }))).toEqual({ counts: true, why: 'incident', party: 'other' });
    expect(noticeOf(at('px.other.example', 'ping', null), page({ countOtherSites: true }))).toEqual({ counts: true, why: 'setting', party: 'other' });
  });

  it("leaves other sites' noise and what is no outage uncounted", () => {
    expect(noticeOf(at('px.other.example', 'image', 'fastly', 'edge'), page())).toEqual({ counts: false, why: 'other-site', party: 'other' });
    expect(noticeOf(at('ads.other.example', 'sub_frame', null), page())).toEqual({ counts: false, why: 'other-site', party: 'other' });
    expect(noticeOf(at('www.news.example', 'main_frame', 'cloudflare', 'block'), page())).toEqual({ counts: false, why: 'not-outage', party: 'page' });
    expect(noticeOf(at('api.other.example', 'xmlhttprequest', null, 'client'), page())).toEqual({ counts: false, why: 'not-outage', party: 'other' });
  });
});

describe('leadingFailures', () => {
  it("leads with the page's and its site's failures and what counts; other sites' uncounted noise goes underneath", () => {
    const entries = [
      { type: 'image', timeStamp: 1, diagnosis: { provider: 'aws', failure: 'origin' as const }, notice: { counts: false, party: 'other' as const } },
      { type: 'script', timeStamp: 2, diagnosis: { provider: null, failure: 'client' as const }, notice: { counts: false, party: 'site' as const } },
      { type: 'script', timeStamp: 3, diagnosis: { provider: 'fastly', failure: 'edge' as const }, notice: { counts: true, party: 'other' as const } },
      { type: 'image', timeStamp: 4, diagnosis: { provider: null, failure: 'none' as const }, notice: { counts: false, party: 'other' as const } },
    ];
    const { lead, otherSites } = leadingFailures(entries);
    expect(lead.map((e) => e.timeStamp)).toEqual([2, 3]);
    expect(otherSites.map((e) => e.timeStamp)).toEqual([1]);
  });
});
