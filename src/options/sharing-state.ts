// What the options page shows about sharing: the settings (chrome.storage.local), what the background says
// is queued and was sent (it keeps them in its store; the page asks by message), and Firefox's grants.
import { categoriesFor, grantedCategories, type DataPermissions } from '../shared/data-collection';
import { extensionApi } from '../shared/extension-api';
import { sendMessage } from '../shared/send-message';
import { readSettings, type Settings } from '../shared/settings';
import type { SharingView } from '../shared/sharing-messages';
import { SHARING_DEFAULTS, type SharingSettings } from '../shared/sharing-settings';
import { saveSettings } from './settings-store';

export interface SharingState extends SharingView {
  settings: Settings;
  /** Firefox's granted data-collection categories; undefined where the browser has none (Chromium). */
  granted?: ReadonlySet<string>;
}

export async function loadSharingState(): Promise<SharingState> {
  const [settings, view, granted] = await Promise.all([
    readSettings(extensionApi().storage.local),
    sendMessage<'sharing-view'>({ type: 'sharing-view' }),
    grantedCategories(dataPermissions()),
  ]);
  return { settings, ...view, ...(granted === undefined ? {} : { granted }) };
}

const dataPermissions = () => extensionApi().permissions as unknown as DataPermissions;

/**
 * Asks Firefox for the data collection these switches need. Called straight from the switch's change event,
 * before any await: Firefox grants permission requests only while it handles the person's input. Resolves
 * true where the browser has no such permissions.
 */
export function askForDataCollection(state: SharingState, next: SharingSettings): Promise<boolean> {
  if (state.granted === undefined || !next.sharing) return Promise.resolve(true);
  const wanted = categoriesFor(next);
  if (wanted.every((category) => state.granted?.has(category))) return Promise.resolve(true);
  return dataPermissions().request({ data_collection: wanted });
}

/** Saves sharing settings through the repair (settings-store.ts), keeping every other stored setting. */
export async function saveSharingSettings(changes: Partial<SharingSettings>): Promise<void> {
  const picked = Object.fromEntries(Object.keys(SHARING_DEFAULTS).flatMap((key) => (Object.hasOwn(changes, key) ? [[key, changes[key as keyof SharingSettings]]] : [])));
  const result = await saveSettings(extensionApi().storage.local, picked);
  if ('refused' in result) throw new Error(result.refused.join('; '));
  // Turning sharing off deletes the unsent queue at once (sharing.md); the background also deletes anything
  // queued in the few seconds before it reads the new setting, at its next alarm, without sending it.
  if (changes.sharing === false) await sendMessage<'sharing-clear'>({ type: 'sharing-clear' });
}
