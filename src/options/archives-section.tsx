// The web archives asked for a failing page: the Wayback Machine and archive.today (each on or off, with
// its base URL), and a Memento aggregator (MemGator) when the person runs or knows one.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MIRROR_DEFAULTS } from '../shared/mirror-settings';
import type { Settings } from '../shared/settings';
import { SaveNote, useAutosave, type SectionProps } from './autosave';
import { checkServiceUrl } from './field-checks';
import { TextField } from './text-field';

type Key = 'waybackApiUrl' | 'archiveTodayUrl' | 'mementoAggregatorUrl';

export function ArchivesSection({ settings, save }: SectionProps) {
  // Off is stored as ''; the field then offers the default again, for when it is turned back on.
  const [on, setOn] = useState({ waybackApiUrl: settings.waybackApiUrl !== '', archiveTodayUrl: settings.archiveTodayUrl !== '' });
  const [text, setText] = useState<Record<Key, string>>({
    waybackApiUrl: settings.waybackApiUrl || MIRROR_DEFAULTS.waybackApiUrl,
    archiveTodayUrl: settings.archiveTodayUrl || MIRROR_DEFAULTS.archiveTodayUrl,
    mementoAggregatorUrl: settings.mementoAggregatorUrl,
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const autosave = useAutosave();

  /** Saves one archive's address: '' when it is off; the aggregator's may be empty (none). */
  const saveUrl = (key: Key, value: string, enabled: boolean) => async () => {
    const checked = enabled ? checkServiceUrl(value, { required: key !== 'mementoAggregatorUrl' }) : { value: '' };
    setErrors((current) => ({ ...current, [key]: 'error' in checked ? checked.error : undefined }));
    if ('error' in checked) return { kind: 'invalid' } as const;
    return save({ [key]: checked.value } as Partial<Settings>);
  };

  function toggle(key: 'waybackApiUrl' | 'archiveTodayUrl', field: string, urlField: string, enabled: boolean) {
    setOn((current) => ({ ...current, [key]: enabled }));
    autosave.flush(urlField); // an address still waiting to be saved goes first, so the switch has the last word
    autosave.now(field, saveUrl(key, text[key], enabled));
  }

  function edit(key: Key, field: string, value: string) {
    setText((current) => ({ ...current, [key]: value }));
    autosave.soon(field, saveUrl(key, value, key === 'mementoAggregatorUrl' || on[key]));
  }

  const textField = (key: Key, id: string, label: 'optionsWaybackUrl' | 'optionsArchiveTodayUrl' | 'optionsMementoUrl', hint: 'optionsWaybackHint' | 'optionsArchiveTodayHint' | 'optionsMementoHint') => (
    <TextField
      id={id}
      type="url"
      label={t(label)}
      hint={t(hint)}
      value={text[key]}
      onInput={(value) => edit(key, id, value)}
      onBlur={() => autosave.flush(id)}
      onEnter={() => autosave.flush(id)}
      disabled={key !== 'mementoAggregatorUrl' && !on[key]}
      error={errors[key]}
      note={autosave.notes[id]}
    />
  );

  return (
    <section id="archives" aria-labelledby="archives-heading">
      <h2 id="archives-heading">{t('optionsArchivesHeading')}</h2>
      <p>{t('optionsArchivesIntro')}</p>
      <div class="check">
        <input id="wayback-on" type="checkbox" checked={on.waybackApiUrl} onChange={(event) => toggle('waybackApiUrl', 'wayback-on', 'wayback-url', event.currentTarget.checked)} />
        <label for="wayback-on">{t('optionsWaybackOn')}</label>
        <SaveNote id="wayback-on-status" note={autosave.notes['wayback-on']} />
      </div>
      {textField('waybackApiUrl', 'wayback-url', 'optionsWaybackUrl', 'optionsWaybackHint')}
      <div class="check">
        <input id="archive-today-on" type="checkbox" checked={on.archiveTodayUrl} onChange={(event) => toggle('archiveTodayUrl', 'archive-today-on', 'archive-today-url', event.currentTarget.checked)} />
        <label for="archive-today-on">{t('optionsArchiveTodayOn')}</label>
        <SaveNote id="archive-today-on-status" note={autosave.notes['archive-today-on']} />
      </div>
      {textField('archiveTodayUrl', 'archive-today-url', 'optionsArchiveTodayUrl', 'optionsArchiveTodayHint')}
      {textField('mementoAggregatorUrl', 'memento-url', 'optionsMementoUrl', 'optionsMementoHint')}
    </section>
  );
}
