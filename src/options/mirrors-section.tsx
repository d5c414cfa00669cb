// Whether the popup looks for mirrors at all, and how long each lookup may take.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MIRROR_TIMEOUT_LIMITS } from '../shared/mirror-settings';
import { SaveNote, useAutosave, type SectionProps } from './autosave';
import { checkWholeNumber } from './field-checks';
import { TextField } from './text-field';

export function MirrorsSection({ settings, save }: SectionProps) {
  const [on, setOn] = useState(settings.suggestMirrors);
  const [timeout, setTimeoutText] = useState(String(settings.mirrorTimeoutMs));
  const [error, setError] = useState<string | undefined>();
  const autosave = useAutosave();

  function toggle(checked: boolean) {
    setOn(checked);
    autosave.now('suggest-mirrors', () => save({ suggestMirrors: checked }));
  }

  function editTimeout(value: string) {
    setTimeoutText(value);
    autosave.soon('mirror-timeout', async () => {
      const checked = checkWholeNumber(value, MIRROR_TIMEOUT_LIMITS);
      setError('error' in checked ? checked.error : undefined);
      if ('error' in checked) return { kind: 'invalid' };
      return save({ mirrorTimeoutMs: checked.value });
    });
  }

  return (
    <section id="mirrors-settings" aria-labelledby="mirrors-heading">
      <h2 id="mirrors-heading">{t('optionsMirrorsHeading')}</h2>
      <div class="check">
        <input id="suggest-mirrors" type="checkbox" checked={on} onChange={(event) => toggle(event.currentTarget.checked)} />
        <label for="suggest-mirrors">{t('optionsSuggestMirrors')}</label>
        <SaveNote id="suggest-mirrors-status" note={autosave.notes['suggest-mirrors']} />
      </div>
      <TextField
        id="mirror-timeout"
        type="number"
        label={t('optionsMirrorTimeout')}
        hint={t('optionsRangeHint', MIRROR_TIMEOUT_LIMITS.min, MIRROR_TIMEOUT_LIMITS.max)}
        min={MIRROR_TIMEOUT_LIMITS.min}
        max={MIRROR_TIMEOUT_LIMITS.max}
        value={timeout}
        onInput={editTimeout}
        onBlur={() => autosave.flush('mirror-timeout')}
        onEnter={() => autosave.flush('mirror-timeout')}
        error={error}
        note={autosave.notes['mirror-timeout']}
      />
    </section>
  );
}
