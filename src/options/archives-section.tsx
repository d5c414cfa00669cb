// The web archives asked for a failing page: the Wayback Machine and archive.today (each on or off, with
// its base URL), and a Memento aggregator (MemGator) when the person runs or knows one.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MIRROR_DEFAULTS } from '../shared/mirror-settings';
import { checkServiceUrl } from './field-checks';
import { SaveRow, type SectionProps } from './save-row';
import { TextField } from './text-field';

type Errors = { wayback?: string; archiveToday?: string; memento?: string };

export function ArchivesSection({ settings, save }: SectionProps) {
  // Off is stored as ''; the field then offers the default again, for when it is turned back on.
  const [waybackOn, setWaybackOn] = useState(settings.waybackApiUrl !== '');
  const [wayback, setWayback] = useState(settings.waybackApiUrl || MIRROR_DEFAULTS.waybackApiUrl);
  const [archiveTodayOn, setArchiveTodayOn] = useState(settings.archiveTodayUrl !== '');
  const [archiveToday, setArchiveToday] = useState(settings.archiveTodayUrl || MIRROR_DEFAULTS.archiveTodayUrl);
  const [memento, setMemento] = useState(settings.mementoAggregatorUrl);
  const [errors, setErrors] = useState<Errors>({});

  async function onSave() {
    const checkedWayback = waybackOn ? checkServiceUrl(wayback, { required: true }) : { value: '' };
    const checkedToday = archiveTodayOn ? checkServiceUrl(archiveToday, { required: true }) : { value: '' };
    const checkedMemento = checkServiceUrl(memento, { required: false });
    const next: Errors = {
      wayback: 'error' in checkedWayback ? checkedWayback.error : undefined,
      archiveToday: 'error' in checkedToday ? checkedToday.error : undefined,
      memento: 'error' in checkedMemento ? checkedMemento.error : undefined,
    };
    setErrors(next);
    if ('error' in checkedWayback || 'error' in checkedToday || 'error' in checkedMemento) return { kind: 'invalid' } as const;
    return save({ waybackApiUrl: checkedWayback.value, archiveTodayUrl: checkedToday.value, mementoAggregatorUrl: checkedMemento.value });
  }

  return (
    <section id="archives" aria-labelledby="archives-heading">
      <h2 id="archives-heading">{t('optionsArchivesHeading')}</h2>
      <p>{t('optionsArchivesIntro')}</p>
      <div class="check">
        <input id="wayback-on" type="checkbox" checked={waybackOn} onChange={(event) => setWaybackOn(event.currentTarget.checked)} />
        <label for="wayback-on">{t('optionsWaybackOn')}</label>
      </div>
      <TextField id="wayback-url" type="url" label={t('optionsWaybackUrl')} hint={t('optionsWaybackHint')} value={wayback} onInput={setWayback} disabled={!waybackOn} error={errors.wayback} />
      <div class="check">
        <input id="archive-today-on" type="checkbox" checked={archiveTodayOn} onChange={(event) => setArchiveTodayOn(event.currentTarget.checked)} />
        <label for="archive-today-on">{t('optionsArchiveTodayOn')}</label>
      </div>
      <TextField
        id="archive-today-url"
        type="url"
        label={t('optionsArchiveTodayUrl')}
        hint={t('optionsArchiveTodayHint')}
        value={archiveToday}
        onInput={setArchiveToday}
        disabled={!archiveTodayOn}
        error={errors.archiveToday}
      />
      <TextField id="memento-url" type="url" label={t('optionsMementoUrl')} hint={t('optionsMementoHint')} value={memento} onInput={setMemento} error={errors.memento} />
      <SaveRow id="archives-save" onSave={onSave} />
    </section>
  );
}
