// Reports → one row per distinct report with its count, sorted by key: one upsert per distinct key, and
// concurrent writers take row locks in the same order (no deadlock in PostgreSQL).
import type { Report } from '../../src/core/report';

export interface CountRow {
  key: string;
  values: [number, string, string, string, string, string, string, string]; // in COLUMNS order
  n: number;
}

export function toCountRows(reports: Iterable<Report>, into = new Map<string, CountRow>()): Map<string, CountRow> {
  for (const r of reports) {
    const values: CountRow['values'] = [r.window, r.provider, r.service ?? '', r.failure, String(r.status), r.pop ?? '', r.domain ?? '', r.version];
    const key = values.join('\u0000');
    const row = into.get(key);
    if (row === undefined) into.set(key, { key, values, n: 1 });
    else row.n += 1;
  }
  return into;
}

export function sortedRows(rows: Map<string, CountRow>): CountRow[] {
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
