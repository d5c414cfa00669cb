// The failure history as a file a person downloads: JSON (an array of rows) or CSV (RFC 4180), the same
// fields in the same order in both. Pure: the background reads the store and the clock, this writes text.
import type { FailureRecord } from '../store/schema';

export type ExportFormat = 'json' | 'csv';

/** One exported failure. The order here is the order in the file; a missing value is null, never left out. */
export interface ExportRow {
  id: string;
  time: string; // ISO 8601, UTC
  host: string;
  url: string;
  pageUrl: string;
  type: string;
  provider: string | null;
  via: string | null; // outermost first, joined with ' > '
  service: string | null;
  failure: string;
  status: number | null;
  code: string | null;
  pop: string | null;
  requestId: string | null;
  evidence: string; // joined with '; '
}

export const EXPORT_FIELDS: readonly (keyof ExportRow)[] = [
  'id', 'time', 'host', 'url', 'pageUrl', 'type', 'provider', 'via', 'service', 'failure', 'status', 'code', 'pop', 'requestId', 'evidence',
];

export function exportRow(record: FailureRecord): ExportRow {
  const { diagnosis } = record;
  return {
    id: record.id,
    time: new Date(record.time).toISOString(),
    host: record.host,
    url: record.url,
    pageUrl: record.pageUrl,
    type: record.type,
    provider: record.provider,
    via: diagnosis.via?.join(' > ') ?? null,
    service: diagnosis.service ?? null,
    failure: record.failure,
    status: diagnosis.status ?? null,
    code: diagnosis.code ?? null,
    pop: diagnosis.pop ?? null,
    requestId: diagnosis.requestId ?? null,
    evidence: diagnosis.evidence.join('; '),
  };
}

/** The file for these records (newest first, as the store gives them), named for the local date of `now`. */
export function historyExport(records: readonly FailureRecord[], format: ExportFormat, now: Date): { filename: string; mime: string; text: string } {
  const rows = records.map(exportRow);
  const filename = `detour-history-${localDate(now)}.${format}`;
  if (format === 'json') return { filename, mime: 'application/json', text: `${JSON.stringify(rows, null, 2)}\n` };
  const lines = [EXPORT_FIELDS.join(','), ...rows.map((row) => EXPORT_FIELDS.map((field) => csvCell(row[field])).join(','))];
  return { filename, mime: 'text/csv', text: lines.map((line) => `${line}\r\n`).join('') };
}

/** One CSV field: quoted when RFC 4180 needs it; a text a spreadsheet would run as a formula is defused with '. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
