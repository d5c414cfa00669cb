// Whether an incident (one provider failing across several sites) raises a system notification, and whether
// the badge also counts other sites' failing images, pixels and media (core/notice.ts; off by default).
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SaveNote, useAutosave, type SectionProps } from './autosave';

export function NotificationsSection({ settings, save }: SectionProps) {
  const [on, setOn] = useState(settings.notifyIncidents);
  const [otherSites, setOtherSites] = useState(settings.countOtherSites);
  const autosave = useAutosave();
  return (
    <section id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotificationsHeading')}</h2>
      <div class="check">
        <input
          id="notify-incidents"
          type="checkbox"
          checked={on}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setOn(checked);
            autosave.now('notify-incidents', () => save({ notifyIncidents: checked }));
          }}
        />
        <label for="notify-incidents">{t('optionsNotifyIncidents')}</label>
        <SaveNote id="notify-incidents-status" note={autosave.notes['notify-incidents']} />
      </div>
      <p class="hint">{t('optionsNotifyIncidentsHint')}</p>
      <div class="check">
        <input
          id="count-other-sites"
          type="checkbox"
          checked={otherSites}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setOtherSites(checked);
            autosave.now('count-other-sites', () => save({ countOtherSites: checked }));
          }}
        />
        <label for="count-other-sites">{t('optionsCountOtherSites')}</label>
        <SaveNote id="count-other-sites-status" note={autosave.notes['count-other-sites']} />
      </div>
      <p class="hint">{t('optionsCountOtherSitesHint')}</p>
    </section>
  );
}
