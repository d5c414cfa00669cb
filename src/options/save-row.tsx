// A section's Save button and the line that says what happened. The button is type="button", not
// submit: the sharing e2e helper finds the sharing form's Save as the page's submit button; and the line
// is an aria-live region rather than role="status" for the same reason (its helper reads the first one).
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';

/** What a section's save did: saved; refused because a field is wrong (the field says why); or failed. */
export type SaveOutcome = { kind: 'saved' } | { kind: 'invalid' } | { kind: 'error'; text: string };

export function SaveRow({ id, onSave }: { id: string; onSave: () => Promise<SaveOutcome> }) {
  const [line, setLine] = useState<{ kind: SaveOutcome['kind']; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  async function save() {
    if (busy) return; // not disabled while saving: a disabled button would drop the keyboard focus
    setBusy(true);
    setLine(undefined);
    let outcome: SaveOutcome;
    try {
      outcome = await onSave();
    } catch (error) {
      outcome = { kind: 'error', text: String(error) };
    }
    setBusy(false);
    if (outcome.kind === 'saved') setLine({ kind: 'saved', text: t('optionsSaved') });
    else if (outcome.kind === 'invalid') {
      setLine({ kind: 'invalid', text: t('optionsNotSavedInvalid') });
      // Once the section has rendered its errors, take the keyboard to the first field to correct.
      setTimeout(() => button.current?.closest('section')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
    else setLine({ kind: 'error', text: t('optionsNotSavedError', outcome.text) });
  }

  return (
    <div class="save-row">
      <button type="button" id={id} ref={button} aria-busy={busy} onClick={() => void save()}>
        {t('optionsSave')}
      </button>
      <p id={`${id}-status`} class={line === undefined || line.kind === 'saved' ? 'saved' : 'problem'} aria-live="polite">
        {line?.text ?? ''}
      </p>
    </div>
  );
}

/** How a section saves its keys: through the page, which writes them with the repair and keeps its copy. */
export type SaveChanges = (changes: Partial<Settings>) => Promise<SaveOutcome>;

export interface SectionProps {
  settings: Settings; // as last loaded or saved; a section's draft starts from it
  save: SaveChanges;
}
