// How long failures are kept: the background prunes on an alarm by age and by count (upkeep.ts).
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { RETENTION_LIMITS, type RetentionSettings } from '../shared/settings';
import { useAutosave, type SectionProps } from './autosave';
import { checkWholeNumber } from './field-checks';
import { TextField } from './text-field';

type Key = keyof RetentionSettings;
const FIELDS: readonly { key: Key; id: string; label: 'optionsRetentionDays' | 'optionsRetentionMaxFailures' }[] = [
  { key: 'retentionDays', id: 'retention-days', label: 'optionsRetentionDays' },
  { key: 'retentionMaxFailures', id: 'retention-max-failures', label: 'optionsRetentionMaxFailures' },
];

export function RetentionSection({ settings, save }: SectionProps) {
  const [text, setText] = useState<Record<Key, string>>({ retentionDays: String(settings.retentionDays), retentionMaxFailures: String(settings.retentionMaxFailures) });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const autosave = useAutosave();

  // Each number is checked and saved on its own: a wrong one does not hold the other back.
  function edit(key: Key, id: string, value: string) {
    setText((current) => ({ ...current, [key]: value }));
    autosave.soon(id, async () => {
      const checked = checkWholeNumber(value, RETENTION_LIMITS[key]);
      setErrors((current) => ({ ...current, [key]: 'error' in checked ? checked.error : undefined }));
      if ('error' in checked) return { kind: 'invalid' };
      return save({ [key]: checked.value });
    });
  }

  return (
    <section id="retention" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('optionsRetentionHeading')}</h2>
      <p>{t('optionsRetentionIntro')}</p>
      {FIELDS.map(({ key, id, label }) => (
        <TextField
          key={id}
          id={id}
          type="number"
          label={t(label)}
          hint={t('optionsRangeHint', RETENTION_LIMITS[key].min, RETENTION_LIMITS[key].max)}
          min={RETENTION_LIMITS[key].min}
          max={RETENTION_LIMITS[key].max}
          value={text[key]}
          onInput={(value) => edit(key, id, value)}
          onBlur={() => autosave.flush(id)}
          onEnter={() => autosave.flush(id)}
          error={errors[key]}
          note={autosave.notes[id]}
        />
      ))}
    </section>
  );
}
