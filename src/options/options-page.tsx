// The options page: the settings loaded once (repaired on read, repairs shown), then one section per
// concern, each saving its changes as they are made (autosave.tsx). Sharing keeps its own loading (it also
// shows the outbox).
import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from '../shared/extension-api';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { ArchivesSection } from './archives-section';
import { DohSection } from './doh-section';
import { GatewaysSection } from './gateways-section';
import { HistorySection } from './history-section';
import { MirrorsSection } from './mirrors-section';
import { NotificationsSection } from './notifications-section';
import { RepairedNotice } from './repaired-notice';
import { RetentionSection } from './retention-section';
import type { SaveOutcome } from './autosave';
import { loadSettings, saveSettings, type LoadedSettings } from './settings-store';
import { SharingSection } from './sharing-section';

export function OptionsPage() {
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();

  useEffect(() => {
    loadSettings(extensionApi().storage.local).then(setLoaded, (error: unknown) => setLoadError(String(error)));
  }, []);

  async function save(changes: Partial<Settings>): Promise<SaveOutcome> {
    const result = await saveSettings(extensionApi().storage.local, changes);
    if ('refused' in result) return { kind: 'error', text: result.refused.join('; ') };
    setLoaded((current) => current && { ...current, settings: result.saved });
    return { kind: 'saved' };
  }

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {loadError !== undefined && <p class="problem">{t('optionsLoadFailed', loadError)}</p>}
      {loaded === undefined ? (
        loadError === undefined && <p>{t('optionsLoading')}</p>
      ) : (
        <>
          <RepairedNotice problems={loaded.problems} />
          <RetentionSection settings={loaded.settings} save={save} />
          <ArchivesSection settings={loaded.settings} save={save} />
          <GatewaysSection settings={loaded.settings} save={save} />
          <DohSection settings={loaded.settings} save={save} />
          <MirrorsSection settings={loaded.settings} save={save} />
          <NotificationsSection settings={loaded.settings} save={save} />
          <HistorySection />
        </>
      )}
      <SharingSection />
    </>
  );
}
