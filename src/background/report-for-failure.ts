// A recorded failure → the report sharing would queue for it, with its outbox id, or nothing. Pure.
import { networkErrorOf } from '../core/explain';
import { buildReport, dedupeKey, type Report, type SharingToggles } from '../core/report';
import type { FailureRecord, OutboxRecord } from '../store/schema';

/** The outbox id: the report's window and de-duplication key, so one report per key and window is stored once. */
export function outboxId(report: Report): string {
  return `${report.window}|${dedupeKey(report)}`;
}

export type QueuedReport = OutboxRecord & { report: Report };

export function reportForFailure(record: FailureRecord, toggles: SharingToggles, version: string, now: number): QueuedReport | undefined {
  const { diagnosis } = record;
  const error = networkErrorOf(diagnosis);
  const report = buildReport({ diagnosis, host: record.host, time: record.time, version, ...(error === undefined ? {} : { error }) }, toggles);
  return report === undefined ? undefined : { id: outboxId(report), queuedAt: now, report };
}

/** What the outbox holds, read back as reports (anything else there is left out). */
export function queuedReports(records: readonly OutboxRecord[], toggles?: SharingToggles): Report[] {
  const reports = records.flatMap((record) => (isReport(record.report) ? [record.report] : []));
  return toggles === undefined ? reports : asAllowedNow(reports, toggles);
}

/**
 * Queued reports as the person's switches allow now: a field whose switch was turned off since they were
 * queued (edge location, domain) is left out, and reports that become the same are sent once.
 */
function asAllowedNow(reports: readonly Report[], toggles: SharingToggles): Report[] {
  const seen = new Set<string>();
  const out: Report[] = [];
  for (const queued of reports) {
    const { pop, domain, ...rest } = queued;
    const report: Report = { ...rest, ...(pop !== undefined && toggles.includePop ? { pop } : {}), ...(domain !== undefined && toggles.includeDomain ? { domain } : {}) };
    // Key order as buildReport writes it (the serialized bytes are compared): version stays last.
    const { version, ...head } = report;
    const ordered = { ...head, version } as Report;
    const key = JSON.stringify(ordered);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ordered);
  }
  return out;
}

function isReport(value: unknown): value is Report {
  if (value === null || typeof value !== 'object') return false;
  const { window, provider, failure } = value as Record<string, unknown>;
  return typeof window === 'number' && typeof provider === 'string' && (failure === 'edge' || failure === 'origin');
}
