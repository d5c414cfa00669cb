// What the options page shows about sharing, read from where the background keeps it: the settings in
// chrome.storage.local, the outbox and sharing's meta in Detour's IndexedDB (shared by the extension's pages).
import { MAX_BATCH_REPORTS, serializeBatch } from '../core/report';
import { queuedReports } from '../background/report-for-failure';
import { LAST_BATCH_KEY, PROBLEM_KEY, readLastBatch, readProblem, type LastBatch, type SendingProblem } from '../background/sharing-meta';
import { categoriesFor, grantedCategories, type DataPermissions } from '../shared/data-collection';
import { extensionApi } from '../shared/extension-api';
import { readSettings, type Settings } from '../shared/settings';
import { SHARING_DEFAULTS, type SharingSettings } from '../shared/sharing-settings';
import { openStore, type FailureStore } from '../store/failure-store';
import { saveSettings } from './settings-store';

export interface SharingState {
  settings: Settings;
  queued: string[]; // the outbox as the batches that will be sent, each exactly as it will be sent
  lastBatch?: LastBatch;
  problem?: SendingProblem;
  /** Firefox's granted data-collection categories; undefined where the browser has none (Chromium). */
  granted?: ReadonlySet<string>;
}

let store: Promise<FailureStore> | undefined;

export async function loadSharingState(): Promise<SharingState> {
  const s = await (store ??= openStore());
  const [settings, records, last, problem, granted] = await Promise.all([
    readSettings(extensionApi().storage.local),
    s.outbox(),
    s.getMeta(LAST_BATCH_KEY),
    s.getMeta(PROBLEM_KEY),
    grantedCategories(dataPermissions()),
  ]);
  const reports = queuedReports(records, { includePop: settings.sharePop, includeDomain: settings.shareDomain });
  const queued: string[] = [];
  for (let i = 0; i < reports.length; i += MAX_BATCH_REPORTS) queued.push(serializeBatch(reports.slice(i, i + MAX_BATCH_REPORTS)));
  return { settings, queued, lastBatch: readLastBatch(last), problem: readProblem(problem), ...(granted === undefined ? {} : { granted }) };
}

const dataPermissions = () => extensionApi().permissions as unknown as DataPermissions;

/**
 * Asks Firefox for the data collection these switches need. Called straight from the Save click, before any
 * await: Firefox grants permission requests only while it handles the person's input. Resolves true where
 * the browser has no such permissions.
 */
export function askForDataCollection(state: SharingState, next: SharingSettings): Promise<boolean> {
  if (state.granted === undefined || !next.sharing) return Promise.resolve(true);
  const wanted = categoriesFor(next);
  if (wanted.every((category) => state.granted?.has(category))) return Promise.resolve(true);
  return dataPermissions().request({ data_collection: wanted });
}

/** Saves the sharing settings through the repair (settings-store.ts), keeping every other stored setting. */
export async function saveSharingSettings(next: SharingSettings): Promise<void> {
  const picked = Object.fromEntries(Object.keys(SHARING_DEFAULTS).map((key) => [key, next[key as keyof SharingSettings]]));
  const result = await saveSettings(extensionApi().storage.local, picked);
  if ('refused' in result) throw new Error(result.refused.join('; '));
  // Turning sharing off deletes the unsent queue at once (sharing.md); the background also deletes anything
  // queued in the few seconds before it reads the new setting, at its next alarm, without sending it.
  if (!next.sharing) await (await (store ??= openStore())).clearOutbox();
}
