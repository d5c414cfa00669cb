// The published IP range lists kept fresh (range-lists.ts holds and parses them): the cached copies loaded
// at start, the lists that are due downloaded on an hourly alarm, and all of them at once when the person
// switches the lists on or points them elsewhere.
import type { FetchImpl } from '../net';
import type { OutageSettings } from '../shared/outage-settings';
import type { FailureStore } from '../store/store-types';
import type { PeriodicJob } from './periodic-alarms';
import { rangeLists } from './range-lists';

export const RANGES_ALARM = 'detour-ranges';

export interface RangesDeps {
  store: Promise<FailureStore>;
  settings(): Promise<OutageSettings>;
  fetch: FetchImpl;
  report(what: string): (error: unknown) => void;
  now?(): number;
}

export function startRanges({ store, settings, fetch, report, now = () => Date.now() }: RangesDeps) {
  const meta = { get: async (key: string) => (await store).getMeta(key), put: async (key: string, value: unknown) => (await store).setMeta(key, value) };
  const lists = rangeLists({ meta, fetch });
  const loaded = lists.load().catch(report('loading cached IP ranges'));
  async function refresh(all: boolean): Promise<void> {
    const [current] = await Promise.all([settings(), loaded]); // what is cached is not downloaded again
    const errors = await lists.refresh(current, now(), { all });
    if (errors.length > 0) console.warn(`Detour: some IP range lists were not refreshed (kept the last good copies):\n${errors.join('\n')}`);
  }

  return {
    lookup: lists.lookup,
    covers: lists.covers,
    /** Lists switched on or pointed elsewhere: all are downloaded now rather than at the next due time. */
    settingsChanged(before: OutageSettings, after: OutageSettings): void {
      if (after.fetchRangeLists && (!before.fetchRangeLists || before.rangeListsBaseUrl !== after.rangeListsBaseUrl)) refresh(true).catch(report('refreshing IP ranges'));
    },
    // The first download waits a minute, away from the browser's start (and after tests have pointed it elsewhere).
    job: { periodInMinutes: 60, delayInMinutes: 1, run: () => void refresh(false).catch(report('refreshing IP ranges')) } satisfies PeriodicJob,
  };
}
