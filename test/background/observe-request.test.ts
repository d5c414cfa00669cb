import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/core/badge';
import { hostLearner } from '../../src/background/host-learner';
import { corroborator } from '../../src/core/corroborate';
import { seedCovers, seedIpLookup } from '../../src/core/ip-owner';
import { noticeContext } from '../../src/background/notice-context';
import { observeRequest } from '../../src/background/observe-request';
import { tabPages, type PageLoad } from '../../src/background/tab-pages';
import { classify } from '../../src/core/classify';
import type { FailureRecord } from '../../src/store/schema';

const FASTLY = [{ name: 'x-served-by', value: 'cache-fra-eddf8230123-FRA' }, { name: 'via', value: '1.1 varnish' }];
const CF = [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }];

function setup(keeps: (tabId: number) => boolean = () => true) {
  const tabs = tabPages();
  const hosts = hostLearner();
  const stored: FailureRecord[] = [];
  const pages: PageLoad[] = [];
  const changed: number[] = [];
  const pageFailures: FailureRecord[] = [];
  const healthy: [provider: string, host: string, pop: string | undefined, time: number][] = [];
  const observe = observeRequest({
    keeps,
    classify, tabs, hosts, onHealthy: (...answer) => void healthy.push(answer), corroborate: corroborator({ lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: hosts.servedBy }),
    session: () => 's1',
    persist: (record) => stored.push(record),
    persistPage: (page) => pages.push(page),
    onTabChanged: (tabId) => changed.push(tabId),
    onPageFailed: (record) => pageFailures.push(record),
  });
  const badge = (tabId: number) => badgeFor(tabs.get(tabId), noticeContext(tabs.get(tabId), { hosts, incidents: () => new Set(), countOtherSites: () => false }));
  return { tabs, hosts, stored, pages, changed, pageFailures, healthy, observe, badge };
}

describe('observeRequest', () => {
  it('marks a failure corroborated by its host seen healthy behind the provider, or its address, and waits for an address that comes after the headers', () => {
    const { stored, observe } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 2, requestId: '1', statusCode: 200, responseHeaders: CF, timeStamp: 1 });
    observe({ url: 'https://shop.example/api', type: 'xmlhttprequest', tabId: 2, requestId: '2', statusCode: 522, responseHeaders: CF, timeStamp: 2 });
    observe({ url: 'https://never.example/api', type: 'xmlhttprequest', tabId: 2, requestId: '3', statusCode: 522, responseHeaders: CF, timeStamp: 3, ip: '127.0.0.1' });
    observe({ url: 'https://fresh.example/api', type: 'xmlhttprequest', tabId: 2, requestId: '4', statusCode: 522, responseHeaders: CF, timeStamp: 4, ip: '104.16.132.229' });
    expect(stored.map((r) => [r.host, r.diagnosis.corroborated])).toEqual([['shop.example', 'seen-healthy'], ['never.example', undefined], ['fresh.example', 'address']]);

    const waiting = new Map<string, (ip: string | undefined) => void>();
    const later = observeRequest({
      keeps: () => true, classify, tabs: tabPages(), hosts: hostLearner(), onHealthy: () => {}, session: () => 's2', persist: (record) => stored.push(record), persistPage: () => {}, onTabChanged: () => {}, onPageFailed: () => {},
      corroborate: corroborator({ lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: () => undefined }),
      addressOf: (requestId, done) => void waiting.set(requestId, done),
    });
    stored.length = 0;
    later({ url: 'https://fake.example/', type: 'main_frame', tabId: 4, requestId: '9', statusCode: 500, responseHeaders: CF, timeStamp: 9 });
    expect(stored).toEqual([]); // waits for the address
    waiting.get('9')?.('93.184.215.14');
    expect(stored.map((r) => [r.host, r.diagnosis.disputed])).toEqual([['fake.example', 'cloudflare']]);
  });

  it('records a failing page as a new page load, persists it and asks for the page text', () => {
    const { stored, pages, changed, pageFailures, observe, badge } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 7, requestId: '41', statusCode: 522, responseHeaders: CF, timeStamp: 1000 });
    expect(pages).toEqual([{ tabId: 7, pageId: '7-1000', url: 'https://shop.example/', start: 1000 }]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: 's1:41', tabId: 7, pageId: '7-1000', host: 'shop.example', provider: 'cloudflare', failure: 'origin' });
    expect(pageFailures).toHaveLength(1);
    expect(changed).toEqual([7]);
    expect(badge(7).text).toBe('1');
  });

  it('asks for the page text of a failing page whose headers name no provider (a proxy may have stripped them)', () => {
    const { pageFailures, observe } = setup();
    observe({ url: 'https://plain.example/', type: 'main_frame', tabId: 8, requestId: '51', statusCode: 500, responseHeaders: [{ name: 'content-type', value: 'text/html' }], timeStamp: 1 });
    expect(pageFailures.map((r) => r.url)).toEqual(['https://plain.example/']);
    observe({ url: 'https://plain.example/a.png', type: 'image', tabId: 8, requestId: '52', statusCode: 500, timeStamp: 2 });
    expect(pageFailures).toHaveLength(1); // a part of the page is not read
  });

  it('costs no write for healthy responses, learns the host, and a new page resets the tab', () => {
    const { tabs, hosts, stored, observe, badge } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: CF, timeStamp: 1 });
    observe({ url: 'https://img.shop.example/a.png', type: 'image', tabId: 3, requestId: '2', statusCode: 522, responseHeaders: CF, timeStamp: 2 });
    expect(badge(3).text).toBe('1');
    observe({ url: 'https://shop.example/next', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: CF, timeStamp: 3 });
    expect(tabs.get(3)?.entries).toEqual([]);
    expect(stored).toHaveLength(1);
    expect(hosts.get('shop.example')).toMatchObject({ provider: 'cloudflare' });
  });

  it('learns the host of a healthy answer that names a provider, and tells the incident watch', () => {
    const { hosts, healthy, observe } = setup();
    const T0 = Date.UTC(2025, 10, 18, 11, 20);
    observe({ url: 'https://cdn.shop.example/app.js', type: 'script', tabId: 3, requestId: '1', statusCode: 200, responseHeaders: FASTLY, timeStamp: T0 });
    expect(hosts.get('cdn.shop.example')).toMatchObject({ provider: 'fastly', seen: T0 });
    expect(healthy).toEqual([['fastly', 'cdn.shop.example', 'FRA', T0]]);
    observe({ url: 'https://plain.example/', type: 'main_frame', tabId: 3, requestId: '2', statusCode: 200, responseHeaders: [], timeStamp: T0 + 1 });
    expect(healthy).toHaveLength(1); // no provider answered: nothing for the watch
  });

  it('stops counting a failed host once it answers healthily on the same page', () => {
    const { tabs, observe, badge } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 4, statusCode: 200, timeStamp: 1 });
    observe({ url: 'https://img.shop.example/a.png', type: 'image', tabId: 4, statusCode: 522, responseHeaders: CF, timeStamp: 2 });
    observe({ url: 'https://img.shop.example/b.png', type: 'image', tabId: 4, statusCode: 200, responseHeaders: CF, timeStamp: 3 });
    expect(badge(4).text).toBe('');
    expect(tabs.get(4)?.entries).toHaveLength(1); // still listed
  });

  it('does not take an answer without the provider (a local favicon, say) as the failed pair recovering', () => {
    const { observe, badge } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 6, statusCode: 522, responseHeaders: CF, timeStamp: 1 });
    observe({ url: 'https://shop.example/favicon.ico', type: 'image', tabId: 6, statusCode: 204, timeStamp: 2 });
    expect(badge(6).text).toBe('1');
    // Cloudflare's error page loads its own stylesheet from the failing host, served by the edge.
    observe({ url: 'https://shop.example/cdn-cgi/styles/main.css', type: 'stylesheet', tabId: 6, statusCode: 200, responseHeaders: CF, timeStamp: 3 });
    expect(badge(6).text).toBe('1');
  });

  it("ignores the browser's follow-up error for a request already classified from its headers", () => {
    const { tabs, stored, observe } = setup();
    observe({ url: 'https://shop.example/', type: 'main_frame', tabId: 8, requestId: '1', statusCode: 200, timeStamp: 1 });
    observe({ url: 'https://img.shop.example/a.png', type: 'image', tabId: 8, requestId: '2', statusCode: 522, responseHeaders: CF, timeStamp: 2 });
    observe({ url: 'https://img.shop.example/a.png', type: 'image', tabId: 8, requestId: '2', error: 'net::ERR_BLOCKED_BY_ORB', timeStamp: 3 });
    expect(stored.map((r) => r.failure)).toEqual(['origin']);
    expect(tabs.get(8)?.entries.map((e) => e.diagnosis.failure)).toEqual(['origin']);
    // After a worker restart the follow-up arrives unannounced: ORB blocks and cancellations are never listed.
    observe({ url: 'https://img.shop.example/c.png', type: 'image', tabId: 8, requestId: '9', error: 'net::ERR_BLOCKED_BY_ORB', timeStamp: 3 });
    observe({ url: 'https://img.shop.example/d.png', type: 'image', tabId: 8, requestId: '10', error: 'NS_BINDING_ABORTED', timeStamp: 3 });
    expect(stored).toHaveLength(1);
    // An error for a request never seen with headers is still a failure of its own.
    observe({ url: 'https://img.shop.example/b.png', type: 'image', tabId: 8, requestId: '3', error: 'net::ERR_CONNECTION_RESET', timeStamp: 4 });
    expect(stored).toHaveLength(2);
  });

  it('ignores requests that belong to no tab, but still learns their hosts', () => {
    const { tabs, hosts, stored, observe } = setup();
    observe({ url: 'https://shop.example/', type: 'xmlhttprequest', tabId: -1, statusCode: 522, responseHeaders: CF });
    observe({ url: 'https://api.example/', type: 'xmlhttprequest', tabId: -1, statusCode: 200, responseHeaders: CF });
    expect(tabs.get(-1)).toBeUndefined();
    expect(stored).toEqual([]);
    expect(hosts.get('api.example')?.provider).toBe('cloudflare');
  });

  it('learns mirror sources only from a top-level page that loaded, naming that page', () => {
    const { hosts, observe } = setup();
    const ipfs = [...CF, { name: 'x-ipfs-path', value: '/ipns/docs.example/' }];
    observe({ url: 'https://docs.example/app.js', type: 'script', tabId: 3, statusCode: 200, responseHeaders: ipfs, timeStamp: 1 });
    observe({ url: 'https://docs.example/gone', type: 'main_frame', tabId: 3, statusCode: 404, responseHeaders: ipfs, timeStamp: 2 });
    expect(hosts.get('docs.example')?.ipfsPath).toBeUndefined();
    observe({ url: 'https://docs.example/guide?session=abc', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: ipfs, timeStamp: 3 });
    expect(hosts.get('docs.example')).toMatchObject({ ipfsPath: '/ipns/docs.example/', announcedBy: 'https://docs.example/guide' });
  });

  it('learns no mirror source on a shared host (a path-style bucket, an IPFS path gateway)', () => {
    const { hosts, observe } = setup();
    const ipfs = [{ name: 'x-ipfs-path', value: '/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/' }, { name: 'x-amz-request-id', value: 'X' }, { name: 'server', value: 'AmazonS3' }];
    observe({ url: 'https://s3.amazonaws.com/bucket/index.html', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: ipfs, timeStamp: 1 });
    observe({ url: 'https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: ipfs, timeStamp: 2 });
    expect(hosts.get('s3.amazonaws.com')?.ipfsPath).toBeUndefined();
    expect(hosts.get('ipfs.io')?.ipfsPath).toBeUndefined();
  });

  it("keeps a private-browsing tab's hosts and pages in memory: nothing learned there is handed over for writing", () => {
    const { hosts, observe, tabs } = setup((tabId) => tabId !== 9);
    observe({ url: 'https://secret.example/', type: 'main_frame', tabId: 9, statusCode: 200, responseHeaders: CF, timeStamp: 1 });
    observe({ url: 'https://open.example/', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: CF, timeStamp: 2 });
    expect(hosts.get('secret.example')?.provider).toBe('cloudflare');
    expect(hosts.takeChanged().map((record) => record.host)).toEqual(['open.example']);
    expect(tabs.get(9)?.page.url).toBe('https://secret.example/');
    // Seen later in an ordinary tab: now it is written.
    observe({ url: 'https://secret.example/', type: 'main_frame', tabId: 3, statusCode: 200, responseHeaders: CF, timeStamp: 3 });
    expect(hosts.takeChanged().map((record) => record.host)).toEqual(['secret.example']);
  });
});
