// Reports → what one transaction writes: a row per distinct report with its count, and a row per distinct
// (bucket, sender) of the open windows. Rows are sorted by key, so concurrent writers take row locks in
// the same order (no deadlock in PostgreSQL), and chunked into multi-row statements.
import type { Report } from '../../src/core/report';
import type { Statement } from './driver';
import { insertSendersSql, RECORD_START_SQL, upsertCountsSql } from './sql';

const ROWS_PER_STATEMENT = 100; // 9 parameters a row: far under either engine's limit

export interface CountRow {
  key: string;
  values: [number, string, string, string, string, string, string, string]; // in COLUMNS order
  n: number;
}

export interface WriteBatch {
  counts: Map<string, CountRow>;
  senders: Map<string, readonly [number, string, string, string, string, string, string]>; // in SENDER_COLUMNS order
  firstReceived?: number; // the receive window to record as the collector's start, if not yet recorded
}

export const emptyBatch = (): WriteBatch => ({ counts: new Map(), senders: new Map() });

/** Adds reports one sender (a keyed hash, never an address) sent into the batch. */
export function addToBatch(batch: WriteBatch, reports: Iterable<Report>, sender: string): void {
  for (const r of reports) {
    const values: CountRow['values'] = [r.window, r.provider, r.service ?? '', r.failure, String(r.status), r.pop ?? '', r.domain ?? '', r.version];
    const key = values.join('\u0000');
    const row = batch.counts.get(key);
    if (row === undefined) batch.counts.set(key, { key, values, n: 1 });
    else row.n += 1;
    const senderRow = [r.window, r.provider, r.service ?? '', r.failure, r.pop ?? '', r.domain ?? '', sender] as const;
    batch.senders.set(senderRow.join('\u0000'), senderRow);
  }
}

function sorted<T>(rows: Map<string, T>): T[] {
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function chunked<T>(rows: readonly T[], sql: (n: number) => string, params: (row: T) => readonly unknown[]): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    statements.push({ sql: sql(chunk.length), params: chunk.flatMap(params) });
  }
  return statements;
}

export function batchStatements(batch: WriteBatch): Statement[] {
  return [
    ...chunked(sorted(batch.counts), upsertCountsSql, (row) => [...row.values, row.n]),
    ...chunked(sorted(batch.senders), insertSendersSql, (row) => row),
    ...(batch.firstReceived === undefined ? [] : [{ sql: RECORD_START_SQL, params: [batch.firstReceived] }]),
  ];
}
