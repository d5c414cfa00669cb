// The failure history kept on this device: export it (JSON or CSV, as a download) or delete it, after a
// confirm step in the page. The background does the work ('history-export', 'history-clear').
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendMessage } from '../shared/send-message';
import { downloadText } from '../shared/download-text';

type Line = { kind: 'done' | 'problem'; text: string };

export function HistorySection() {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [line, setLine] = useState<Line | undefined>();

  useEffect(() => {
    if (confirming) document.getElementById('clear-history-confirm')?.focus();
  }, [confirming]);

  // Buttons stay enabled while busy (a disabled button would drop the keyboard focus); a click while busy is ignored.
  async function run(work: () => Promise<Line>, failureKey: 'optionsExportFailed' | 'optionsClearFailed') {
    if (busy) return;
    setBusy(true);
    setLine(undefined);
    try {
      setLine(await work());
    } catch (error) {
      setLine({ kind: 'problem', text: t(failureKey, error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  const exportAs = (format: 'json' | 'csv') =>
    run(async () => {
      const file = await sendMessage<'history-export'>({ type: 'history-export', format });
      // The answer crosses a process boundary: check its shape rather than trust the type.
      if (typeof file?.filename !== 'string' || typeof file.mime !== 'string' || typeof file.text !== 'string') throw new Error(t('optionsUnexpectedAnswer'));
      downloadText(document, file);
      return { kind: 'done', text: t('optionsExported', file.filename) };
    }, 'optionsExportFailed');

  const clear = () =>
    run(async () => {
      setConfirming(false);
      const answer = await sendMessage<'history-clear'>({ type: 'history-clear' });
      if (typeof answer?.cleared !== 'number') throw new Error(t('optionsUnexpectedAnswer'));
      const { cleared } = answer;
      return { kind: 'done', text: t('optionsCleared', cleared) };
    }, 'optionsClearFailed').then(() => setTimeout(() => document.getElementById('clear-history')?.focus()));

  return (
    <section id="history-data" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistoryHeading')}</h2>
      <p>{t('optionsHistoryIntro')}</p>
      <div class="button-row">
        <button type="button" id="export-json" aria-busy={busy} onClick={() => void exportAs('json')}>
          {t('optionsExportJson')}
        </button>
        <button type="button" id="export-csv" aria-busy={busy} onClick={() => void exportAs('csv')}>
          {t('optionsExportCsv')}
        </button>
        <button type="button" id="clear-history" aria-expanded={confirming} onClick={() => setConfirming(!busy)}>
          {t('optionsClearHistory')}
        </button>
      </div>
      {confirming && (
        <div id="clear-history-confirm-box" class="confirm" role="group" aria-labelledby="clear-history-question">
          <p id="clear-history-question">{t('optionsClearQuestion')}</p>
          <button type="button" id="clear-history-confirm" class="danger" onClick={() => void clear()}>
            {t('optionsClearConfirm')}
          </button>
          <button
            type="button"
            id="clear-history-cancel"
            onClick={() => {
              setConfirming(false);
              setTimeout(() => document.getElementById('clear-history')?.focus());
            }}
          >
            {t('optionsClearCancel')}
          </button>
        </div>
      )}
      <p id="history-status" class={line?.kind === 'problem' ? 'problem' : 'saved'} aria-live="polite">
        {line?.text ?? ''}
      </p>
    </section>
  );
}
