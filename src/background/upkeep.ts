// Work done now and then, on alarms (index.ts hands the jobs to periodic-alarms.ts): write learned hosts in
// bulk, prune old failures.
import { readSettings } from '../shared/settings';
import type { FailureStore } from '../store/store-types';
import type { HostLearner } from './host-learner';
import type { PeriodicJob } from './periodic-alarms';

export const HOSTS_ALARM = 'detour-hosts';
export const PRUNE_ALARM = 'detour-prune';
const HOSTS_DEBOUNCE_MS = 5_000;

export interface UpkeepDeps {
  storage: Pick<chrome.storage.StorageArea, 'get'>;
  store: Promise<FailureStore>;
  hosts: HostLearner;
  report(what: string): (error: unknown) => void;
}

export function startUpkeep({ storage, store, hosts, report }: UpkeepDeps) {
  const flushHosts = async () => {
    const changed = hosts.takeChanged();
    if (changed.length > 0) await (await store).putHosts(changed);
  };
  const prune = async () => {
    const settings = await readSettings(storage);
    await (await store).prune({ maxAgeMs: settings.retentionDays * 86_400_000, maxCount: settings.retentionMaxFailures, now: Date.now() });
  };
  // Also soon after a burst of learning, in case the worker stops before the next alarm.
  setInterval(() => void flushHosts().catch(report('writing learned hosts')), HOSTS_DEBOUNCE_MS);
  return {
    hostsJob: { periodInMinutes: 1, delayInMinutes: 1, run: () => void flushHosts().catch(report('writing learned hosts')) } satisfies PeriodicJob,
    pruneJob: { periodInMinutes: 30, delayInMinutes: 1, run: () => void prune().catch(report('pruning old failures')) } satisfies PeriodicJob,
  };
}
