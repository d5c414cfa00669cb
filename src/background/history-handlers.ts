// Answers the history messages: the popup's list, chart and filters, and export and clear (the
// options page uses those two as well). Clearing also forgets the failures each open tab's badge counts.
import { historyExport } from '../shared/history-export';
import { CHART_HOURS, readHistoryQuery, type HistoryItem } from '../shared/history-messages';
import type { HistoryMessages } from '../shared/history-messages';
import { HOUR_MS, type FailureStore } from '../store/failure-store';
import type { FailureRecord } from '../store/schema';
import type { MessageHandlers } from './message-handlers';
import type { TabPages } from './tab-pages';

export interface HistoryHandlerDeps {
  store: Promise<FailureStore>;
  tabs: TabPages;
  /** The tabs restored from the store after a worker restart: clearing waits for them, or they would return. */
  ready: Promise<void>;
  /** tabs.query, for the open tabs. */
  browserTabs: { query(info: chrome.tabs.QueryInfo): Promise<{ id?: number }[]> };
  /** Redraws every tab's badge. */
  refreshAll(): void;
  now?: () => number;
}

export function historyHandlers({ store, tabs, ready, browserTabs, refreshAll, now = Date.now }: HistoryHandlerDeps): Pick<MessageHandlers, keyof HistoryMessages> {
  return {
    async history(request) {
      const query = readHistoryQuery(request);
      // One more than asked: whether there is a next page, without a second query.
      const records = await (await store).recent({ ...query, limit: query.limit + 1 });
      const page = records.slice(0, query.limit);
      const last = page.at(-1);
      return records.length > query.limit && last ? { items: page.map(historyItem), next: { time: last.time, id: last.id } } : { items: page.map(historyItem) };
    },
    async 'history-chart'() {
      const s = await store;
      const start = Math.floor(now() / HOUR_MS) * HOUR_MS - (CHART_HOURS - 1) * HOUR_MS;
      // No count() of everything stored: IndexedDB counts by walking, and the chart must come up fast.
      const [series, providers] = await Promise.all([s.hourlyCounts(start, CHART_HOURS), s.providers()]);
      return { start, hourMs: HOUR_MS, series, providers };
    },
    async 'history-export'({ format }) {
      if (format !== 'json' && format !== 'csv') throw new TypeError("history-export: format must be 'json' or 'csv'");
      return historyExport(await (await store).recent(), format, new Date(now()));
    },
    async 'history-clear'() {
      await ready;
      const s = await store;
      const cleared = await s.count();
      await s.clear();
      for (const tab of await browserTabs.query({})) {
        const state = tab.id === undefined ? undefined : tabs.get(tab.id);
        if (state === undefined) continue;
        tabs.start(state.page); // the same page load, with no failures counted
        await s.setPage(state.page); // clear() forgot it too: a restarted worker must still know the tab's page
      }
      refreshAll();
      return { cleared };
    },
  };
}

function historyItem(record: FailureRecord): HistoryItem {
  const { status, code, service } = record.diagnosis;
  return {
    id: record.id,
    time: record.time,
    host: record.host,
    url: record.url,
    provider: record.provider,
    failure: record.failure,
    ...(service === undefined ? {} : { service }),
    ...(status === undefined ? {} : { status }),
    ...(code === undefined ? {} : { code }),
  };
}
