// The collector's periodic upkeep, on start and then every minute: windows no longer accepted are
// reduced to counts of distinct senders (and their sender hashes deleted), and whatever is older than
// the retention is deleted.
import type { ReportStore } from './db/report-store';

const EVERY_MS = 60_000;

export interface Maintenance {
  run(): Promise<void>;
  stop(): void;
}

export function startMaintenance(store: ReportStore, options: { now: () => number; retentionDays: number }): Maintenance {
  let running: Promise<void> | undefined;
  const run = (): Promise<void> => {
    running ??= (async () => {
      try {
        await store.closeWindows(options.now());
        await store.prune(options.now(), options.retentionDays);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => {
    run().catch((err: unknown) => console.error(`collector: upkeep failed: ${err instanceof Error ? err.message : String(err)}`));
  }, EVERY_MS);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
