// Whether an incident (one provider failing across several sites) raises a system notification, and whether
// the badge also counts other sites' failing images, pixels and media (core/notice.ts; off by default).
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { SaveNote, useAutosave, type SectionProps } from './autosave';

export function NotificationsSection({ settings, save }: SectionProps) {
  const autosave = useAutosave();
  const check = { settings, save, autosave };
  return (
    <section id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotificationsHeading')}</h2>
      <SettingCheck {...check} id="notify-incidents" name="notifyIncidents" label="optionsNotifyIncidents" hint="optionsNotifyIncidentsHint" />
      <SettingCheck {...check} id="count-other-sites" name="countOtherSites" label="optionsCountOtherSites" hint="optionsCountOtherSitesHint" />
    </section>
  );
}

type Switch = 'notifyIncidents' | 'countOtherSites';

/** One switch, saved as it is clicked, with what the save did beside it. */
function SettingCheck({ settings, save, autosave, id, name, label, hint }: SectionProps & { autosave: ReturnType<typeof useAutosave>; id: string; name: Switch; label: MessageKey; hint: MessageKey }) {
  const [on, setOn] = useState(settings[name]);
  return (
    <>
      <div class="check">
        <input
          id={id}
          type="checkbox"
          checked={on}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setOn(checked);
            autosave.now(id, () => save({ [name]: checked } as Partial<Settings>));
          }}
        />
        <label for={id}>{t(label)}</label>
        <SaveNote id={`${id}-status`} note={autosave.notes[id]} />
      </div>
      <p class="hint">{t(hint)}</p>
    </>
  );
}
