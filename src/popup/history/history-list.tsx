// The recent failures, newest first: time, site, provider, failure and status. Hosts and URLs come from
// pages: they are rendered as text only.
import { t } from '../../shared/i18n';
import type { HistoryItem } from '../../shared/history-messages';
import { failureLabel, providerLabel, statusLabel, timeLabel } from './history-labels';

export function HistoryList({ items, now, filtered }: { items: HistoryItem[]; now: number; filtered: boolean }) {
  if (items.length === 0) return <p class="history-empty">{t(filtered ? 'historyListNoMatch' : 'historyListEmpty')}</p>;
  return (
    <ol id="history-list" class="history-list">
      {items.map((item) => (
        <li key={item.id} class={`history-item failure-${item.failure}`}>
          <time dateTime={new Date(item.time).toISOString()}>{timeLabel(item.time, now)}</time>
          <span class="history-host" title={item.url}>
            {item.host}
          </span>
          <span class="history-detail">
            <span class="history-provider">{providerLabel(item.provider)}</span>
            <span class="history-failure">{failureLabel(item.failure)}</span>
            <span class="history-status">{statusLabel(item)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
