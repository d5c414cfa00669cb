// The history list: the first page for the current filters, more on request. An answer to filters that
// have changed since it was asked for is dropped.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryItem, HistoryRequest } from '../../shared/history-messages';
import { sendMessage } from '../../shared/send-message';
import type { PageCursor } from '../../shared/history-messages';

export const PAGE_SIZE = 50;

export type ListState =
  | { kind: 'loading' }
  | { kind: 'ready'; items: HistoryItem[]; next?: PageCursor; loadingMore: boolean }
  | { kind: 'error'; message: string };

export function useHistoryList(filters: Pick<HistoryRequest, 'provider' | 'site'>, generation: number) {
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const asked = useRef(0);

  const ask = useCallback(
    (before: PageCursor | undefined, earlier: HistoryItem[]) => {
      const id = ++asked.current;
      const request: HistoryRequest = { type: 'history', limit: PAGE_SIZE, ...filters, ...(before ? { before } : {}) };
      sendMessage<'history'>(request).then(
        ({ items, next }) => id === asked.current && setState({ kind: 'ready', items: [...earlier, ...items], next, loadingMore: false }),
        (error: unknown) => id === asked.current && setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [filters.provider, filters.site],
  );

  useEffect(() => {
    setState({ kind: 'loading' });
    ask(undefined, []);
  }, [ask, generation]);

  const loadMore = () => {
    if (state.kind !== 'ready' || state.next === undefined || state.loadingMore) return;
    setState({ ...state, loadingMore: true });
    ask(state.next, state.items);
  };
  return { state, loadMore };
}
