// Work done now and then, on alarms: write learned hosts in bulk, prune old failures.
import { readSettings } from '../shared/settings';
import type { FailureStore } from '../store/store-types';
import type { HostLearner } from './host-learner';

const HOSTS_ALARM = 'detour-hosts';
const PRUNE_ALARM = 'detour-prune';
const HOSTS_DEBOUNCE_MS = 5_000;

export interface UpkeepDeps {
  alarms: typeof chrome.alarms;
  storage: Pick<chrome.storage.StorageArea, 'get'>;
  store: Promise<FailureStore>;
  hosts: HostLearner;
  report(what: string): (error: unknown) => void;
}

export function startUpkeep({ alarms, storage, store, hosts, report }: UpkeepDeps): void {
  const flushHosts = async () => {
    const changed = hosts.takeChanged();
    if (changed.length > 0) await (await store).putHosts(changed);
  };
  const prune = async () => {
    const settings = await readSettings(storage);
    await (await store).prune({ maxAgeMs: settings.retentionDays * 86_400_000, maxCount: settings.retentionMaxFailures, now: Date.now() });
  };
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOSTS_ALARM) flushHosts().catch(report('writing learned hosts'));
    if (alarm.name === PRUNE_ALARM) prune().catch(report('pruning old failures'));
  });
  // Creating an alarm that exists would restart its period on every wake: only create missing ones.
  for (const [name, periodInMinutes] of [[HOSTS_ALARM, 1], [PRUNE_ALARM, 30]] as const) {
    alarms
      .get(name)
      .then(async (existing) => {
        if (existing === undefined) await alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
      })
      .catch(report('scheduling upkeep'));
  }
  // Also soon after a burst of learning, in case the worker stops before the next alarm.
  setInterval(() => void flushHosts().catch(report('writing learned hosts')), HOSTS_DEBOUNCE_MS);
}
