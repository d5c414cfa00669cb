// A page that fires tens of thousands of failing requests: the tab's list, the store and the badge
// stay bounded, and each failure costs constant work.
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/core/badge';
import { hostLearner } from '../../src/background/host-learner';
import { corroborator } from '../../src/core/corroborate';
import { seedCovers, seedIpLookup } from '../../src/core/ip-owner';
import { noticeContext } from '../../src/background/notice-context';
import { observeRequest } from '../../src/background/observe-request';
import { MAX_TAB_ENTRIES, tabPages } from '../../src/background/tab-pages';
import { classify } from '../../src/core/classify';
import { groupFailures } from '../../src/core/explain';
import type { FailureRecord } from '../../src/store/schema';

const CF = [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }];

function setup() {
  const tabs = tabPages();
  const hosts = hostLearner();
  const stored: FailureRecord[] = [];
  const observe = observeRequest({
    keeps: () => true,
    classify, tabs, hosts, onHealthy: () => {}, corroborate: corroborator({ lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: hosts.servedBy }), session: () => 's', persist: (record) => stored.push(record), persistPage: () => {}, onTabChanged: () => {}, onPageFailed: () => {},
  });
  observe({ url: 'https://flood.example/', type: 'main_frame', tabId: 1, statusCode: 200, responseHeaders: CF, timeStamp: 1 });
  return { tabs, hosts, stored, observe };
}

describe('a page firing 50,000 failing requests', () => {
  it('keeps the tab and the store bounded, counting alike failures into one entry, and the badge right', () => {
    const { tabs, hosts, stored, observe } = setup();
    for (let i = 0; i < 50_000; i++) {
      observe({ url: `https://api.flood.example/item/${i}`, type: 'xmlhttprequest', tabId: 1, requestId: String(i), statusCode: 522, responseHeaders: CF, timeStamp: 2 + i });
    }
    const tab = tabs.get(1)!;
    expect(tab.entries.length).toBeLessThanOrEqual(MAX_TAB_ENTRIES);
    expect(stored.length).toBe(tab.entries.length);
    const rows = groupFailures(tab.entries);
    expect(rows.reduce((sum, group) => sum + group.count, 0)).toBe(50_000); // every failure is still counted
    const badge = badgeFor(tab, noticeContext(tab, { hosts, incidents: () => new Set(), countOtherSites: () => false }));
    expect(badge.text).toBe('1');
  });

  it('stays bounded when every failure is from another host', () => {
    const { tabs, stored, observe } = setup();
    for (let i = 0; i < 50_000; i++) {
      observe({ url: `https://h${i}.flood.example/x`, type: 'image', tabId: 1, requestId: String(i), statusCode: 502, responseHeaders: CF, timeStamp: 2 + i });
    }
    const tab = tabs.get(1)!;
    expect(tab.entries.length).toBeLessThanOrEqual(2 * MAX_TAB_ENTRIES);
    expect(stored.length).toBeLessThanOrEqual(2 * MAX_TAB_ENTRIES);
    expect(groupFailures(tab.entries).reduce((sum, group) => sum + group.count, 0)).toBe(50_000);
  });
});
