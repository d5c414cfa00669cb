// Whether an incident (one provider failing across several sites) raises a system notification, and whether
// the badge also counts other sites' failing images, pixels and media (core/notice.ts; off by default).
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SaveRow, type SectionProps } from './save-row';

export function NotificationsSection({ settings, save }: SectionProps) {
  const [on, setOn] = useState(settings.notifyIncidents);
  const [otherSites, setOtherSites] = useState(settings.countOtherSites);
  return (
    <section id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotificationsHeading')}</h2>
      <div class="check">
        <input id="notify-incidents" type="checkbox" checked={on} onChange={(event) => setOn(event.currentTarget.checked)} />
        <label for="notify-incidents">{t('optionsNotifyIncidents')}</label>
      </div>
      <p class="hint">{t('optionsNotifyIncidentsHint')}</p>
      <div class="check">
        <input id="count-other-sites" type="checkbox" checked={otherSites} onChange={(event) => setOtherSites(event.currentTarget.checked)} />
        <label for="count-other-sites">{t('optionsCountOtherSites')}</label>
      </div>
      <p class="hint">{t('optionsCountOtherSitesHint')}</p>
      <SaveRow id="notifications-save" onSave={() => save({ notifyIncidents: on, countOtherSites: otherSites })} />
    </section>
  );
}
