// Sharing's first half: each failure recorded while sharing is on becomes at most one report per key and
// window (sharing.md), queued durably in the outbox. The de-duplicator is seeded from what is queued and the
// last batch sent, so a restarted worker does not count a failure twice.
import { createReportDeduper, type ReportDeduper } from '../core/report';
import type { Settings } from '../shared/settings';
import type { FailureRecord, FailureStore } from '../store/schema';
import { queuedReports, reportForFailure } from './report-for-failure';
import { LAST_BATCH_KEY, readLastBatch } from './sharing-meta';

export interface ReporterDeps {
  store: Promise<FailureStore>;
  settings(): Promise<Settings>;
  version: string;
  now(): number;
  report(what: string): (error: unknown) => void;
}

export interface Reporter {
  failed(record: FailureRecord): void;
  /** Resolves once every report handed in so far is queued (or refused). */
  idle(): Promise<void>;
}

export function createReporter({ store, settings, version, now, report }: ReporterDeps): Reporter {
  let deduper: Promise<ReportDeduper> | undefined;
  let pending: Promise<void> = Promise.resolve();
  const seeded = async () => {
    const s = await store;
    const [queued, last] = await Promise.all([s.outbox(), s.getMeta(LAST_BATCH_KEY)]);
    return createReportDeduper([...queuedReports(queued), ...(readLastBatch(last)?.reports ?? [])]);
  };

  async function queue(record: FailureRecord): Promise<void> {
    if (record.provider === null || (record.failure !== 'edge' && record.failure !== 'origin')) return;
    const current = await settings();
    if (!current.sharing) return;
    const queued = reportForFailure(record, { includePop: current.sharePop, includeDomain: current.shareDomain }, version, now());
    if (queued === undefined) return;
    deduper ??= seeded();
    const admitted = (await deduper.catch((error: unknown) => ((deduper = undefined), Promise.reject(error)))).admit(queued.report);
    // A report that cannot be queued is not retried: the next failure of its kind comes in a later window.
    if (admitted) await (await store).queueReports([queued]);
  }

  return {
    failed(record) {
      pending = pending.then(() => queue(record)).catch(report('queueing a shared report'));
    },
    idle: () => pending,
  };
}
