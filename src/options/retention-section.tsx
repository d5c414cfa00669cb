// How long failures are kept: the background prunes on an alarm by age and by count (upkeep.ts).
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { RETENTION_LIMITS } from '../shared/settings';
import { checkWholeNumber } from './field-checks';
import { SaveRow, type SectionProps } from './save-row';
import { TextField } from './text-field';

export function RetentionSection({ settings, save }: SectionProps) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const [max, setMax] = useState(String(settings.retentionMaxFailures));
  const [errors, setErrors] = useState<{ days?: string; max?: string }>({});

  async function onSave() {
    const checkedDays = checkWholeNumber(days, RETENTION_LIMITS.retentionDays);
    const checkedMax = checkWholeNumber(max, RETENTION_LIMITS.retentionMaxFailures);
    setErrors({ days: 'error' in checkedDays ? checkedDays.error : undefined, max: 'error' in checkedMax ? checkedMax.error : undefined });
    if ('error' in checkedDays || 'error' in checkedMax) return { kind: 'invalid' } as const;
    return save({ retentionDays: checkedDays.value, retentionMaxFailures: checkedMax.value });
  }

  return (
    <section id="retention" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('optionsRetentionHeading')}</h2>
      <p>{t('optionsRetentionIntro')}</p>
      <TextField
        id="retention-days"
        type="number"
        label={t('optionsRetentionDays')}
        hint={t('optionsRangeHint', RETENTION_LIMITS.retentionDays.min, RETENTION_LIMITS.retentionDays.max)}
        min={RETENTION_LIMITS.retentionDays.min}
        max={RETENTION_LIMITS.retentionDays.max}
        value={days}
        onInput={setDays}
        error={errors.days}
      />
      <TextField
        id="retention-max-failures"
        type="number"
        label={t('optionsRetentionMaxFailures')}
        hint={t('optionsRangeHint', RETENTION_LIMITS.retentionMaxFailures.min, RETENTION_LIMITS.retentionMaxFailures.max)}
        min={RETENTION_LIMITS.retentionMaxFailures.min}
        max={RETENTION_LIMITS.retentionMaxFailures.max}
        value={max}
        onInput={setMax}
        error={errors.max}
      />
      <SaveRow id="retention-save" onSave={onSave} />
    </section>
  );
}
