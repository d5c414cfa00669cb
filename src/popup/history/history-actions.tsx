// Export (JSON, CSV) as downloads, and clear, which asks first in the popup itself: a second step with
// "keep" focused, so that a stray Enter deletes nothing.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendMessage } from '../../shared/send-message';
import { downloadText } from '../../shared/download-text';

export interface HistoryActionsProps {
  /** Nothing is stored: nothing to clear. */
  empty: boolean;
  /** Tells the person what happened (a live region), and reloads after a clear. */
  onDone(message: string, cleared: boolean): void;
}

export function HistoryActions({ empty, onDone }: HistoryActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  const exportAs = async (format: 'json' | 'csv') => {
    setBusy(true);
    try {
      const file = await sendMessage<'history-export'>({ type: 'history-export', format });
      downloadText(document, file);
      onDone(t('historyExported', file.filename), false);
    } catch (error) {
      onDone(t('historyExportError', messageOf(error)), false);
    } finally {
      setBusy(false);
    }
  };
  const clear = async () => {
    setBusy(true);
    try {
      const { cleared } = await sendMessage<'history-clear'>({ type: 'history-clear' });
      onDone(t('historyCleared', cleared), true);
    } catch (error) {
      onDone(t('historyClearError', messageOf(error)), false);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const cancel = () => {
    setConfirming(false);
    queueMicrotask(() => clearButton.current?.focus());
  };

  return (
    <div class="history-actions">
      <button type="button" id="export-json" disabled={busy} onClick={() => void exportAs('json')}>
        {t('historyExportJson')}
      </button>
      <button type="button" id="export-csv" disabled={busy} onClick={() => void exportAs('csv')}>
        {t('historyExportCsv')}
      </button>
      {!confirming && (
        <button type="button" id="clear-history" ref={clearButton} class="danger" disabled={busy || empty} onClick={() => setConfirming(true)}>
          {t('historyClear')}
        </button>
      )}
      {confirming && (
        <div id="clear-history-confirm" class="history-confirm" role="group" aria-labelledby="clear-history-question">
          <p id="clear-history-question">{t('historyClearQuestion')}</p>
          <button type="button" id="clear-history-yes" class="danger" disabled={busy} onClick={() => void clear()}>
            {t('historyClearConfirm')}
          </button>
          <button type="button" id="clear-history-no" ref={keep} disabled={busy} onClick={cancel}>
            {t('historyClearCancel')}
          </button>
        </div>
      )}
    </div>
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
