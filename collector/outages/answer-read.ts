// A read's whole answer, from question to the bytes sent: the query, the summary (baselines, outage
// flags, k-anonymity) and the JSON text or the page's HTML. It runs in the read worker (read-worker.ts),
// so none of it is done on the thread that acknowledges batches.
import { renderDashboard } from '../dashboard/page';
import type { ReportReader } from '../db/report-store';
import { DIMENSIONS, type Dimension } from '../db/sql';
import { queryOutages } from './query-outages';

/** What a GET asks: the public page, or /v1/outages with its (normalized) hours and dimensions. */
export type ReadQuestion = { page: 'dashboard' } | { page: 'outages'; hours: number; dimensions: readonly Dimension[] };

/** The read cache's key: one per distinct question. */
export function readKey(question: ReadQuestion): string {
  return question.page === 'dashboard' ? '/' : `outages?hours=${question.hours}&by=${question.dimensions.join(',')}`;
}

export async function answerRead(reader: ReportReader, question: ReadQuestion, options: { k: number; now: number }): Promise<string> {
  const { k, now } = options;
  if (question.page === 'dashboard') return renderDashboard(await queryOutages(reader, { now, hours: 24, dimensions: DIMENSIONS, k }), Math.floor(now / 1000));
  return JSON.stringify(await queryOutages(reader, { now, hours: question.hours, dimensions: question.dimensions, k }));
}
