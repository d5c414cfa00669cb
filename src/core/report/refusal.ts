// Which reports a collector refuses, and why — one definition for both sides: the collector answers
// with these reasons, and the extension drops a report that would be refused instead of retrying it.
// Pure: the clock comes in as an argument. Value.Check interprets the schema (no code is compiled at
// run time, which the extension's CSP forbids).
import { Value } from '@sinclair/typebox/value';
import { PROVIDERS } from '../providers';
import { reportedDomain, windowStart } from './build-report';
import { ReportSchema, WINDOW_SECONDS, type Report } from './schema';

export const REFUSAL_REASONS = ['invalid-report', 'unknown-provider', 'stale-window', 'future-window', 'not-registrable-domain'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Refusal {
  index: number; // the report's place in the batch sent
  reason: RefusalReason;
}

/** The collector's answer to a batch it could read: how many reports it stored, and which it refused. */
export interface BatchAnswer {
  stored: number;
  refused: Refusal[];
}

const KNOWN_PROVIDERS: ReadonlySet<string> = new Set(PROVIDERS.map((provider) => provider.id));
const REASONS: ReadonlySet<string> = new Set(REFUSAL_REASONS);

/**
 * Why a report would be refused at `now` (ms since the epoch), or undefined when it is accepted. Only the
 * current and the previous 5-minute window are taken: an older report says nothing about an outage now,
 * and a client cannot write into the past or the future.
 */
export function refusalReason(value: unknown, now: number): RefusalReason | undefined {
  if (!Value.Check(ReportSchema, value)) return 'invalid-report';
  const report: Report = value;
  if (!KNOWN_PROVIDERS.has(report.provider)) return 'unknown-provider';
  const current = windowStart(now);
  if (report.window > current) return 'future-window';
  if (report.window < current - WINDOW_SECONDS) return 'stale-window';
  if (report.domain !== undefined && reportedDomain(report.domain) !== report.domain) return 'not-registrable-domain';
  return undefined;
}

/** A collector's 2xx body read defensively: refusals with an index and a known reason, or none. */
export function readBatchAnswer(body: unknown): Refusal[] {
  if (body === null || typeof body !== 'object') return [];
  const { refused } = body as { refused?: unknown };
  if (!Array.isArray(refused)) return [];
  return refused.flatMap((entry: unknown) => {
    if (entry === null || typeof entry !== 'object') return [];
    const { index, reason } = entry as Record<string, unknown>;
    return Number.isInteger(index) && typeof reason === 'string' && REASONS.has(reason) ? [{ index: index as number, reason: reason as RefusalReason }] : [];
  });
}
