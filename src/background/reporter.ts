// Sharing's first half: each failure recorded while sharing is on becomes at most one report per key and
// window (sharing.md), queued durably in the outbox. The de-duplicator is seeded from what is queued and the
// last batch sent, so a restarted worker does not count a failure twice.
import { failedProvider } from '../core/corroborate';
import { createReportDeduper, type ReportDeduper } from '../core/report';
import type { Settings } from '../shared/settings';
import type { FailureRecord } from '../store/schema';
import type { FailureStore } from '../store/store-types';
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

const REMEMBERED_FAILURES = 1_000;

export function createReporter({ store, settings, version, now, report }: ReporterDeps): Reporter {
  let deduper: Promise<ReportDeduper> | undefined;
  // Failure id → the outbox id its report was queued under. A page re-read from its text is the same
  // failure written again, perhaps with another class: it replaces its unsent report, never adds one.
  const queuedFor = new Map<string, string>();
  let pending: Promise<void> = Promise.resolve();
  const seeded = async () => {
    const s = await store;
    const [queued, last] = await Promise.all([s.outbox(), s.getMeta(LAST_BATCH_KEY)]);
    return createReportDeduper([...queuedReports(queued), ...(readLastBatch(last)?.reports ?? [])]);
  };

  async function queue(record: FailureRecord): Promise<void> {
    const earlier = queuedFor.get(record.id);
    if (earlier !== undefined && !(await withdraw(earlier))) return; // already sent: that failure was counted
    const queued = await reportFor(record);
    if (queued === undefined) return;
    deduper ??= seeded();
    const admitted = (await deduper.catch((error: unknown) => ((deduper = undefined), Promise.reject(error)))).admit(queued.report);
    // The same key as the report it replaces: the deduper has seen it already, and it is still one report.
    if (!admitted && queued.id !== earlier) return;
    // A report that cannot be queued is not retried: the next failure of its kind comes in a later window.
    await (await store).queueReports([queued]);
    queuedFor.set(record.id, queued.id);
    if (queuedFor.size > REMEMBERED_FAILURES) queuedFor.delete(queuedFor.keys().next().value as string);
  }

  async function reportFor(record: FailureRecord) {
    // What any page could claim is not reported as a provider's failure: only what the provider really answered.
    if (failedProvider(record) === undefined) return undefined;
    const current = await settings();
    if (!current.sharing) return undefined;
    return reportForFailure(record, { includePop: current.sharePop, includeDomain: current.shareDomain }, version, now());
  }

  /** Takes an unsent report back out of the outbox; false when it is no longer there (sent or dropped). */
  async function withdraw(outboxId: string): Promise<boolean> {
    const s = await store;
    const unsent = (await s.outbox()).some((queued) => queued.id === outboxId);
    if (unsent) await s.removeFromOutbox([outboxId]);
    return unsent;
  }

  return {
    failed(record) {
      pending = pending.then(() => queue(record)).catch(report('queueing a shared report'));
    },
    idle: () => pending,
  };
}
