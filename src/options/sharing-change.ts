// What one change of the sharing controls would save, or why it cannot, checked before Firefox is asked for
// anything or anything is written. Each control saves on its own: turning sharing off never waits on the
// collector's address, and an address being typed never turns sharing on by itself.
import { t } from '../shared/i18n';
import { collectorUrlProblem, type SharingSettings } from '../shared/sharing-settings';

export type SharingControl = keyof SharingSettings;

export type SharingChange = { changes: Partial<SharingSettings> } | { problem: string };

/** stored: the settings as saved; shown: the controls as the person left them; control: the one that changed. */
export function sharingChange(stored: SharingSettings, shown: SharingSettings, control: SharingControl): SharingChange {
  if (control === 'sharePop' || control === 'shareDomain') return { changes: { [control]: shown[control] } };
  if (control === 'sharing' && !shown.sharing) return { changes: { sharing: false } };
  // Sharing turned on, or a new address: sharing needs a collector the person runs or trusts; off, none is fine.
  const sharing = control === 'sharing' || stored.sharing;
  const url = shown.collectorUrl.trim();
  if (url === '') return sharing ? { problem: t('optionsSharingNoCollector') } : { changes: { collectorUrl: '' } };
  const problem = collectorUrlProblem(url);
  if (problem !== undefined) return { problem: t('optionsSharingCollectorRefused', problem) };
  return { changes: control === 'sharing' ? { sharing: true, collectorUrl: url } : { collectorUrl: url } };
}
