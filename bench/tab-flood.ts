// One tab whose page fires 50,000 failing requests: the pipeline's cost per failure (classify, the
// tab's list, the badge's bookkeeping, the store hand-off) stays flat past the tab's bound.
import { hostLearner } from '../src/background/host-learner';
import { corroborator } from '../src/core/corroborate';
import { seedCovers, seedIpLookup } from '../src/core/ip-owner';
import { observeRequest } from '../src/background/observe-request';
import { tabPages } from '../src/background/tab-pages';
import { classify } from '../src/core/classify';
import { measure, type Figure } from './measure';

const CF = [{ name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }];

export function benchTabFlood(count = 50_000): Record<string, Figure | { median: number; p99: number; unit: 'ns' }> {
  const tabs = tabPages();
  let stored = 0;
  const hosts = hostLearner();
  const observe = observeRequest({
    keeps: () => true,
    classify, tabs, hosts, onHealthy: () => {}, corroborate: corroborator({ lookupIp: seedIpLookup, rangesCover: seedCovers, servedHealthy: hosts.servedBy }), session: () => 's', persist: () => void stored++, persistPage: () => {}, onTabChanged: () => {}, onPageFailed: () => {},
  });
  observe({ url: 'https://flood.example/', type: 'main_frame', tabId: 1, statusCode: 200, responseHeaders: CF, timeStamp: 1 });
  const figure = measure(
    (i) => ({ url: `https://api.flood.example/item/${i}`, type: 'xmlhttprequest', tabId: 1, requestId: String(i), statusCode: 522, responseHeaders: CF.map((h) => ({ ...h })), timeStamp: 2 + i }),
    observe,
    count,
  );
  const entries = tabs.get(1)?.entries.length ?? 0;
  console.log(`tab flood: ${count} failing requests on one tab → ${entries} listed, ${stored} handed to the store`);
  return { 'tabFlood.perFailure': figure };
}
