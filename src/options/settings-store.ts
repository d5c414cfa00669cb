// Reading and writing the settings from the options page, through the same repair as every reader: a save
// merges the changed keys into what is stored, repairs the whole, and is refused if a changed key would
// be repaired (the page checks its fields first; this is the last guard, so nothing invalid is written).
import { repairSettings, repairSettingsByKey, type Settings } from '../shared/settings';

type Storage = Pick<chrome.storage.StorageArea, 'get' | 'set'>;

export interface LoadedSettings {
  settings: Settings;
  problems: string[]; // what the repair changed in the stored values, shown at the top of the page
}

export async function loadSettings(storage: Pick<chrome.storage.StorageArea, 'get'>): Promise<LoadedSettings> {
  const { settings } = (await storage.get('settings')) as { settings?: unknown };
  return repairSettings(settings);
}

export type SaveResult = { saved: Settings } | { refused: string[] };

/**
 * A save reads, merges and writes the stored whole: two at once (two sections, two options tabs) would each
 * write what it read and lose the other's change. So saves take turns — under a Web Lock, which every
 * extension page shares, or (where there are no Web Locks) one after another in this page.
 */
export function saveSettings(storage: Storage, changes: Partial<Settings>): Promise<SaveResult> {
  return oneAtATime(() => mergeAndSave(storage, changes));
}

const LOCK = 'detour-settings';
let turn: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(save: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks !== undefined) return locks.request(LOCK, save) as Promise<T>;
  const result = turn.then(save, save);
  turn = result.catch(() => undefined);
  return result;
}

async function mergeAndSave(storage: Storage, changes: Partial<Settings>): Promise<SaveResult> {
  const { settings: raw } = (await storage.get('settings')) as { settings?: unknown };
  const stored = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const { settings, repairs } = repairSettingsByKey({ ...stored, ...changes });
  const refused = repairs.filter(([key]) => key !== undefined && Object.hasOwn(changes, key)).map(([, problem]) => problem);
  if (refused.length > 0) return { refused };
  // Keys this version does not know are kept: a newer or older part of Detour may still read them.
  await storage.set({ settings: { ...stored, ...settings } });
  return { saved: settings };
}
