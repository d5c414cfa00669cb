// The popup's history view: the 24-hour chart, the filters, the recent failures page by page,
// export and clear. The popup's header holds the way back (app.tsx's #show-main).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { HistoryChart as ChartData } from '../../shared/history-messages';
import { sendMessage } from '../../shared/send-message';
import { HistoryActions } from './history-actions';
import { HistoryChart } from './history-chart';
import { HistoryFilters } from './history-filters';
import { HistoryList } from './history-list';
import { ALL, providerOfChoice } from './provider-choice';
import { useHistoryList } from './use-history-list';
import './history.css';

const SITE_PAUSE_MS = 250; // asks again once typing pauses, not on every key

type ChartState = { kind: 'loading' } | { kind: 'ready'; chart: ChartData } | { kind: 'error'; message: string };

export function HistoryView() {
  const [generation, setGeneration] = useState(0); // bumped after a clear: everything is read again
  const [chart, setChart] = useState<ChartState>({ kind: 'loading' });
  const [provider, setProvider] = useState(ALL);
  const [siteText, setSiteText] = useState('');
  const [site, setSite] = useState('');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSite(siteText.trim()), SITE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [siteText]);
  const filters = useMemo(() => {
    const chosen = providerOfChoice(provider);
    return { ...(chosen === undefined ? {} : { provider: chosen }), ...(site === '' ? {} : { site }) };
  }, [provider, site]);
  const { state: list, loadMore } = useHistoryList(filters, generation);
  // The chart after the list's first page: the worker's database answers requests in order, and the chart's
  // few hundred counts would otherwise hold the list up.
  const chartAskedFor = useRef(-1);
  const listSettled = list.kind !== 'loading';
  useEffect(() => {
    if (!listSettled || chartAskedFor.current === generation) return;
    chartAskedFor.current = generation;
    sendMessage<'history-chart'>({ type: 'history-chart' }).then(
      (answer) => setChart({ kind: 'ready', chart: answer }),
      (error: unknown) => setChart({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [listSettled, generation]);
  const ready = chart.kind === 'ready' ? chart.chart : undefined;
  const now = Date.now();

  return (
    <section id="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      {chart.kind === 'error' && <p class="status error">{t('historyReadError', chart.message)}</p>}
      {ready && <HistoryChart chart={ready} />}
      <HistoryFilters providers={ready?.providers ?? []} provider={provider} site={siteText} onProvider={setProvider} onSite={setSiteText} />
      <h3 class="history-list-title">{t('historyListTitle')}</h3>
      {list.kind === 'loading' && <p class="status">{t('historyLoading')}</p>}
      {list.kind === 'error' && <p class="status error">{t('historyReadError', list.message)}</p>}
      {list.kind === 'ready' && <HistoryList items={list.items} now={now} filtered={provider !== ALL || site !== ''} />}
      {list.kind === 'ready' && list.next !== undefined && (
        <button type="button" id="history-more" disabled={list.loadingMore} onClick={loadMore}>
          {t('historyLoadMore')}
        </button>
      )}
      <HistoryActions
        empty={ready?.providers.length === 0}
        onDone={(message, cleared) => {
          setNotice(message);
          if (cleared) setGeneration((n) => n + 1);
        }}
      />
      <p class="history-notice" role="status">
        {notice}
      </p>
    </section>
  );
}
