// Opt-in report sharing, wired: failures → reporter → outbox; an alarm → (random delay) → sender. Its alarm's
// job is handed to periodic-alarms.ts by index.ts, at the background's top level.
import { allowedSharing, grantedCategories, type DataPermissions } from '../shared/data-collection';
import { readSettings, type Settings } from '../shared/settings';
import type { FailureRecord } from '../store/schema';
import type { FailureStore } from '../store/store-types';
import { outboxSender } from './outbox-sender';
import type { PeriodicJob } from './periodic-alarms';
import { createReporter } from './reporter';

export const SHARING_ALARM = 'detour-share';
const PERIOD_MINUTES = 1;
const MAX_DELAY_MS = 5_000;
const SETTINGS_TTL_MS = 2_000; // a random wait before each send, so browsers do not all post on the minute

export interface SharingDeps {
  api: Pick<typeof chrome, 'alarms' | 'storage' | 'runtime'> & { permissions?: Pick<DataPermissions, 'getAll'> };
  store: Promise<FailureStore>;
  report(what: string): (error: unknown) => void;
  fetch?: typeof fetch;
  random?: () => number;
}

export function startSharing({ api, store, report, fetch = globalThis.fetch.bind(globalThis), random = Math.random }: SharingDeps) {
  // Read again at most every few seconds, not on a storage listener: with a storage.onChanged listener the
  // background is woken by every settings or session write, and in Chromium a worker stopped mid-burst then
  // lost some of the runtime suite's 500 failures. Turning sharing off is still immediate: the options page
  // deletes the queue itself, and the sender deletes whatever it finds while sharing is off.
  let cached: { at: number; settings: Promise<Settings> } | undefined;
  const fresh = () => sharingSettings(api.storage.local, api.permissions);
  const settings = () => {
    if (cached === undefined || Date.now() - cached.at > SETTINGS_TTL_MS) cached = { at: Date.now(), settings: fresh() };
    return cached.settings;
  };
  const now = () => Date.now();
  const reporter = createReporter({ store, settings, version: api.runtime.getManifest().version, now, report });
  const sender = outboxSender({ store, settings: fresh, fetch, now });

  const job: PeriodicJob = {
    periodInMinutes: PERIOD_MINUTES,
    delayInMinutes: PERIOD_MINUTES,
    run(alarm) {
      // A one-off alarm for this name (a test's "send now") replaced the periodic one: put it back.
      if (alarm.periodInMinutes === undefined) void Promise.resolve(api.alarms.create(SHARING_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: PERIOD_MINUTES })).catch(report('scheduling report sharing'));
      const delay = Math.floor(random() * MAX_DELAY_MS);
      setTimeout(() => void sender.send().catch(report('sending shared reports')), delay);
    },
  };

  return { failed: (record: FailureRecord) => reporter.failed(record), send: () => sender.send(), job };
}

/**
 * The settings as sharing may use them: the person's switches, as far as Firefox has granted the data
 * collection they need (none granted: sharing is off, and its queue goes as when it is turned off).
 */
export async function sharingSettings(storage: Pick<chrome.storage.StorageArea, 'get'>, permissions: Pick<DataPermissions, 'getAll'> | undefined): Promise<Settings> {
  const [settings, granted] = await Promise.all([readSettings(storage), grantedCategories(permissions).catch(() => new Set<string>())]);
  return allowedSharing(settings, granted);
}
