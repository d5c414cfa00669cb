// The outage settings as the background uses them: read again whenever the stored settings change, the last
// read kept for what must answer at once (the badge), and each change handed on, before and after, to the
// components it concerns. Its storage listener is registered when it is built.
import { OUTAGE_DEFAULTS, readOutageSettings, repairOutageSettings, type OutageSettings } from '../shared/outage-settings';

export interface OutageSettingsCache {
  /** The settings as last read (after a change, the read of the new ones). */
  current(): Promise<OutageSettings>;
  /** The last settings read, at once: the defaults until the first read settles. */
  known(): OutageSettings;
}

export interface OutageSettingsCacheDeps {
  storage: Pick<chrome.storage.StorageArea, 'get' | 'onChanged'>;
  /** countOtherSites changed: what every badge counts changed with it. */
  redraw(): void;
  /** The stored settings changed (both repaired): each component reacts to what concerns it. */
  changed(before: OutageSettings, after: OutageSettings): void;
  report(what: string): (error: unknown) => void;
}

export function outageSettingsCache({ storage, redraw, changed, report }: OutageSettingsCacheDeps): OutageSettingsCache {
  let settings: Promise<OutageSettings> = readOutageSettings(storage);
  // The badge is drawn synchronously: it reads the last settings read (the defaults until then).
  let known: OutageSettings = OUTAGE_DEFAULTS;
  const settle = (read: Promise<OutageSettings>) =>
    read.then((current) => {
      const countChanged = current.countOtherSites !== known.countOtherSites;
      known = current;
      if (countChanged) redraw();
    }, report('reading the outage settings'));
  void settle(settings);
  // storage.local's own event: storage.onChanged also fires for every session-storage write (see sharing.ts).
  storage.onChanged.addListener((changes) => {
    if (changes.settings === undefined) return;
    settings = readOutageSettings(storage);
    void settle(settings);
    changed(repairOutageSettings(changes.settings.oldValue).settings, repairOutageSettings(changes.settings.newValue).settings);
  });
  return { current: () => settings, known: () => known };
}
