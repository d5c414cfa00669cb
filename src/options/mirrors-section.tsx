// Whether the popup looks for mirrors at all, and how long each lookup may take.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MIRROR_TIMEOUT_LIMITS } from '../shared/mirror-settings';
import { checkWholeNumber } from './field-checks';
import { SaveRow, type SectionProps } from './save-row';
import { TextField } from './text-field';

export function MirrorsSection({ settings, save }: SectionProps) {
  const [on, setOn] = useState(settings.suggestMirrors);
  const [timeout, setTimeoutText] = useState(String(settings.mirrorTimeoutMs));
  const [error, setError] = useState<string | undefined>();

  async function onSave() {
    const checked = checkWholeNumber(timeout, MIRROR_TIMEOUT_LIMITS);
    setError('error' in checked ? checked.error : undefined);
    if ('error' in checked) return { kind: 'invalid' } as const;
    return save({ suggestMirrors: on, mirrorTimeoutMs: checked.value });
  }

  return (
    <section id="mirrors-settings" aria-labelledby="mirrors-heading">
      <h2 id="mirrors-heading">{t('optionsMirrorsHeading')}</h2>
      <div class="check">
        <input id="suggest-mirrors" type="checkbox" checked={on} onChange={(event) => setOn(event.currentTarget.checked)} />
        <label for="suggest-mirrors">{t('optionsSuggestMirrors')}</label>
      </div>
      <TextField
        id="mirror-timeout"
        type="number"
        label={t('optionsMirrorTimeout')}
        hint={t('optionsRangeHint', MIRROR_TIMEOUT_LIMITS.min, MIRROR_TIMEOUT_LIMITS.max)}
        min={MIRROR_TIMEOUT_LIMITS.min}
        max={MIRROR_TIMEOUT_LIMITS.max}
        value={timeout}
        onInput={setTimeoutText}
        error={error}
      />
      <SaveRow id="mirrors-save" onSave={onSave} />
    </section>
  );
}
