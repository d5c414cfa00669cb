// The collector's few SQL statements, written once for SQLite and PostgreSQL alike. A report is stored as
// a count per distinct report (every field is part of the key), so storage stays bounded and nothing a
// report said is lost. `window` is a keyword in both databases, hence `window_start`.

export const COLUMNS = ['window_start', 'provider', 'service', 'failure', 'status', 'pop', 'domain', 'version'] as const;

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS report_counts (
    window_start BIGINT NOT NULL,
    provider TEXT NOT NULL,
    service TEXT NOT NULL,
    failure TEXT NOT NULL,
    status TEXT NOT NULL,
    pop TEXT NOT NULL,
    domain TEXT NOT NULL,
    version TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (${COLUMNS.join(', ')})
  )`,
];

/** An upsert of `rows` distinct reports; `?` placeholders (the PostgreSQL driver numbers them). */
export function upsertSql(rows: number): string {
  const tuple = `(${[...COLUMNS, 'n'].map(() => '?').join(', ')})`;
  return (
    `INSERT INTO report_counts (${COLUMNS.join(', ')}, n) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')} ` +
    `ON CONFLICT (${COLUMNS.join(', ')}) DO UPDATE SET n = report_counts.n + excluded.n`
  );
}

export const DIMENSIONS = ['service', 'failure', 'pop', 'domain'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Report counts per provider, window and the chosen dimensions, for windows in [from, to). */
export function bucketsSql(dimensions: readonly Dimension[]): string {
  // Only names from DIMENSIONS reach the SQL text; values always go through placeholders.
  const dims = DIMENSIONS.filter((d) => dimensions.includes(d));
  const keys = ['provider', 'window_start', ...dims].join(', ');
  return `SELECT ${keys}, SUM(n) AS n FROM report_counts WHERE window_start >= ? AND window_start < ? GROUP BY ${keys} ORDER BY ${keys}`;
}

export const FIRST_WINDOW_SQL = 'SELECT MIN(window_start) AS first FROM report_counts';
export const TOTAL_SQL = 'SELECT SUM(n) AS n FROM report_counts';
