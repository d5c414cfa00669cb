// The options page's sharing section (shared/docs/sharing.md): what a report holds, in plain words, the
// person's switches, the collector, and the exact JSON queued and last sent. Every value is rendered as
// text (preact escapes it); nothing here builds HTML.
import { useEffect, useState } from 'preact/hooks';
import { DISCLOSED_FIELDS, type DisclosedField } from '../core/report';
import { t, type MessageKey } from '../shared/i18n';
import { collectorUrlProblem, type SharingSettings } from '../shared/sharing-settings';
import { allowedSharing } from '../shared/data-collection';
import { askForDataCollection, loadSharingState, saveSharingSettings, type SharingState } from './sharing-state';

const REFRESH_MS = 2_000;
const SENT_WORDS: Record<(typeof DISCLOSED_FIELDS)[number]['sent'], MessageKey> = {
  always: 'optionsSharingSentAlways',
  'when known': 'optionsSharingSentWhenKnown',
  'opt-in': 'optionsSharingSentOptIn',
};

// The sharing table's description of each report field in the person's language. The English messages
// repeat the schema's own descriptions (the README's and the collector's source); a test keeps them equal.
export const DISCLOSED_FIELD_WORDS: Record<DisclosedField['field'], MessageKey> = {
  window: 'optionsSharingFieldWindow',
  provider: 'optionsSharingFieldProvider',
  service: 'optionsSharingFieldService',
  failure: 'optionsSharingFieldFailure',
  status: 'optionsSharingFieldStatus',
  pop: 'optionsSharingFieldPop',
  domain: 'optionsSharingFieldDomain',
  version: 'optionsSharingFieldVersion',
};

export function SharingSection() {
  const [state, setState] = useState<SharingState | undefined>();
  const [draft, setDraft] = useState<SharingSettings | undefined>();
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | undefined>();
  const [saves, setSaves] = useState(0); // a new status element per save, so assistive tech announces each

  useEffect(() => {
    const load = () =>
      loadSharingState().then(
        (next) => {
          setState(next);
          setDraft((current) => current ?? pick(next.settings));
        },
        (error: unknown) => setMessage({ kind: 'error', text: t('optionsSharingReadFailed', String(error)) }),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  if (state === undefined || draft === undefined) return <p>{t('optionsLoading')}</p>;
  // From the latest draft, not this render's: two changes before a re-render must both count.
  const set = (change: Partial<SharingSettings>) => setDraft((current) => current && { ...current, ...change });

  async function save(event: Event) {
    event.preventDefault();
    if (draft === undefined || state === undefined) return;
    setSaves((n) => n + 1);
    setMessage(undefined); // the last save's words go while this one is under way
    const url = draft.collectorUrl.trim();
    // Sharing needs a collector the person runs or trusts; with sharing off, none is fine.
    if (url === '' && draft.sharing) return setMessage({ kind: 'error', text: t('optionsSharingNoCollector') });
    const problem = url === '' ? undefined : collectorUrlProblem(url);
    if (problem !== undefined) return setMessage({ kind: 'error', text: t('optionsSharingCollectorRefused', problem) });
    const asked = askForDataCollection(state, draft); // still in the click: Firefox asks only then
    try {
      // Firefox refused the data collection sharing needs: it stays off, and the page says why.
      const granted = await asked.catch(() => false);
      const next = granted ? draft : { ...draft, sharing: false };
      await saveSharingSettings({ ...next, collectorUrl: draft.collectorUrl.trim() });
      if (!granted) {
        setDraft(next);
        setState(await loadSharingState());
        return setMessage({ kind: 'error', text: t('optionsSharingNotGranted') });
      }
      setMessage({ kind: 'saved', text: draft.sharing ? t('optionsSharingSavedOn') : t('optionsSharingSavedOff') });
      setState(await loadSharingState());
    } catch (error) {
      setMessage({ kind: 'error', text: t('optionsSharingSaveFailed', String(error)) });
    }
  }

  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t('optionsSharingHeading')}</h2>
      <p>{t('optionsSharingIntro')}</p>
      <table aria-label={t('optionsSharingTableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('optionsSharingColumnField')}</th>
            <th scope="col">{t('optionsSharingColumnSent')}</th>
            <th scope="col">{t('optionsSharingColumnWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {DISCLOSED_FIELDS.map(({ field, sent }) => (
            <tr key={field}>
              <td>
                <code>{field}</code>
              </td>
              <td>{t(SENT_WORDS[sent])}</td>
              <td>{t(DISCLOSED_FIELD_WORDS[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('optionsSharingNever')}</p>

      <form onSubmit={(event) => void save(event)}>
        <fieldset>
          <legend>{t('optionsSharingLegend')}</legend>
          <label>
            <input type="checkbox" name="sharing" checked={draft.sharing} onChange={(e) => set({ sharing: e.currentTarget.checked })} />{' '}
            {t('optionsSharingShare')}
          </label>
          <label>
            <input type="checkbox" name="sharePop" checked={draft.sharePop} onChange={(e) => set({ sharePop: e.currentTarget.checked })} />{' '}
            {t('optionsSharingSharePop')}
          </label>
          <label>
            <input type="checkbox" name="shareDomain" checked={draft.shareDomain} onChange={(e) => set({ shareDomain: e.currentTarget.checked })} />{' '}
            {t('optionsSharingShareDomain')}
          </label>
          <label>
            {t('optionsSharingCollectorUrl')}
            <input type="url" name="collectorUrl" value={draft.collectorUrl} onInput={(e) => set({ collectorUrl: e.currentTarget.value })} />
          </label>
          <button type="submit">{t('optionsSave')}</button>
        </fieldset>
      </form>
      {message !== undefined && (
        <p key={saves} class={message.kind === 'error' ? 'problem' : 'saved'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="save-message">
          {message.text}
        </p>
      )}

      {state.settings.sharing && !allowedSharing(state.settings, state.granted).sharing && (
        <p class="problem" role="status">
          {t('optionsSharingNotGrantedNow')}
        </p>
      )}
      {state.problem !== undefined && (
        <p class="problem" role="status" aria-label={t('optionsSharingProblemLabel')}>
          {t('optionsSharingProblem', new Date(state.problem.at).toLocaleString(), state.problem.message)}
        </p>
      )}
      <h3 id="queued-heading">{t('optionsSharingQueuedHeading')}</h3>
      {state.queued.length === 0 ? (
        <p>{t('optionsSharingNothingQueued')}</p>
      ) : (
        state.queued.map((body, index) => (
          <pre key={index} aria-labelledby="queued-heading" data-testid="queued">
            {body}
          </pre>
        ))
      )}
      <h3 id="last-heading">{t('optionsSharingLastHeading')}</h3>
      {state.lastBatch === undefined ? (
        <p>{t('optionsSharingNothingSent')}</p>
      ) : (
        <>
          <p>{t('optionsSharingSentAt', new Date(state.lastBatch.sentAt).toLocaleString())}</p>
          <pre aria-labelledby="last-heading" data-testid="last-batch">
            {state.lastBatch.body}
          </pre>
        </>
      )}
    </section>
  );
}

function pick({ sharing, sharePop, shareDomain, collectorUrl }: SharingSettings): SharingSettings {
  return { sharing, sharePop, shareDomain, collectorUrl };
}
