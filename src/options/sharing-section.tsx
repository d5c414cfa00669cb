// The options page's sharing section (shared/docs/sharing.md): what a report holds, in plain words, the
// person's switches, the collector, and the exact JSON queued and last sent. Every value is rendered as
// text (preact escapes it); nothing here builds HTML.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DISCLOSED_FIELDS, type DisclosedField } from '../core/report';
import { t, type MessageKey } from '../shared/i18n';
import type { SharingSettings } from '../shared/sharing-settings';
import { allowedSharing } from '../shared/data-collection';
import { askForDataCollection, loadSharingState, saveSharingSettings, type SharingState } from './sharing-state';
import { SaveNote, useAutosave, type SaveOutcome } from './autosave';
import { sharingChange, type SharingControl } from './sharing-change';
import { TextField } from './text-field';

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
  const [loadProblem, setLoadProblem] = useState<string | undefined>();
  const autosave = useAutosave();
  // The address is saved after a pause in typing: it is then checked against what is stored by that time.
  const latest = useRef(state);
  latest.current = state;
  // What the controls show, as of the latest event (a re-render may not have happened between two events).
  const shownNow = useRef<SharingSettings | undefined>(undefined);
  const show = (next: SharingSettings) => {
    shownNow.current = next;
    setDraft(next);
  };

  useEffect(() => {
    const load = () =>
      loadSharingState().then(
        (next) => {
          setState(next);
          setLoadProblem(undefined);
          if (shownNow.current === undefined) show(pick(next.settings));
        },
        (error: unknown) => setLoadProblem(t('optionsSharingReadFailed', String(error))),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  if (state === undefined || draft === undefined) return <p>{loadProblem ?? t('optionsLoading')}</p>;

  /**
   * Saves what one control changed, if it can be: asks Firefox first, still inside the person's input (the
   * change event; Firefox grants only then). A switch that cannot be saved goes back to what is stored.
   */
  async function saveControl(control: SharingControl, shown: SharingSettings, asked?: Promise<boolean>): Promise<SaveOutcome> {
    const current = latest.current;
    if (current === undefined) return { kind: 'error', text: t('optionsLoading') };
    const stored = pick(current.settings);
    const revert = () => shownNow.current && show({ ...shownNow.current, [control]: stored[control] });
    const decided = sharingChange(stored, shown, control);
    if ('problem' in decided) {
      if (control !== 'collectorUrl') revert();
      return { kind: 'refused', text: decided.problem };
    }
    // Firefox refused the data collection this needs: the switch stays off, and the page says why.
    if (!(await (asked ?? Promise.resolve(true)).catch(() => false))) {
      revert();
      return { kind: 'refused', text: t('optionsSharingNotGranted') };
    }
    try {
      await saveSharingSettings(decided.changes);
    } catch (error) {
      return { kind: 'refused', text: t('optionsSharingSaveFailed', String(error)) };
    }
    setState(await loadSharingState());
    if (control !== 'sharing') return { kind: 'saved' };
    return { kind: 'saved', text: shown.sharing ? t('optionsSharingSavedOn') : t('optionsSharingSavedOff') };
  }

  function toggle(control: Exclude<SharingControl, 'collectorUrl'>, checked: boolean) {
    const current = latest.current;
    if (shownNow.current === undefined || current === undefined) return;
    const shown = { ...shownNow.current, [control]: checked };
    show(shown);
    // Only a change that can be saved asks Firefox for anything (sharingChange says which).
    const stored = pick(current.settings);
    const allowed = !('problem' in sharingChange(stored, shown, control));
    const asked = allowed ? askForDataCollection(current, { ...stored, ...(control === 'sharing' ? shown : { [control]: checked }) }) : undefined;
    autosave.flush('collectorUrl'); // an address still waiting goes first: the switch is judged with it saved
    autosave.now(control, () => saveControl(control, shown, asked));
  }

  function editUrl(value: string) {
    if (shownNow.current === undefined) return;
    const shown = { ...shownNow.current, collectorUrl: value };
    show(shown);
    autosave.soon('collectorUrl', () => saveControl('collectorUrl', shown));
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

      <fieldset>
        <legend>{t('optionsSharingLegend')}</legend>
        <div class="check">
          <input id="sharing-on" type="checkbox" name="sharing" checked={draft.sharing} onChange={(e) => toggle('sharing', e.currentTarget.checked)} />
          <label for="sharing-on">{t('optionsSharingShare')}</label>
          <SaveNote id="sharing-on-status" note={autosave.notes.sharing} />
        </div>
        <div class="check">
          <input id="share-pop" type="checkbox" name="sharePop" checked={draft.sharePop} onChange={(e) => toggle('sharePop', e.currentTarget.checked)} />
          <label for="share-pop">{t('optionsSharingSharePop')}</label>
          <SaveNote id="share-pop-status" note={autosave.notes.sharePop} />
        </div>
        <div class="check">
          <input id="share-domain" type="checkbox" name="shareDomain" checked={draft.shareDomain} onChange={(e) => toggle('shareDomain', e.currentTarget.checked)} />
          <label for="share-domain">{t('optionsSharingShareDomain')}</label>
          <SaveNote id="share-domain-status" note={autosave.notes.shareDomain} />
        </div>
        <TextField
          id="collector-url"
          name="collectorUrl"
          type="url"
          label={t('optionsSharingCollectorUrl')}
          value={draft.collectorUrl}
          onInput={editUrl}
          onBlur={() => autosave.flush('collectorUrl')}
          onEnter={() => autosave.flush('collectorUrl')}
          note={autosave.notes.collectorUrl}
        />
      </fieldset>
      {loadProblem !== undefined && (
        <p class="problem" role="status">
          {loadProblem}
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
