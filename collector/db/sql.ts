// The collector's SQL statements, written once for SQLite and PostgreSQL alike (`?` placeholders; the
// PostgreSQL driver numbers them). `window` is a keyword in both databases, hence `window_start`.
//
// What is kept (README, "What the collector keeps"):
// - report_counts: a count per distinct report (every field is part of the key); what reports said.
// - report_senders: while a window is open (the current and previous one), one row per distinct
//   (bucket, sender) — sender being the keyed hash of the client, never the address. Deleted when the
//   window is aggregated.
// - sender_counts: for a closed window, the number of distinct senders per provider and every subset of
//   the dimensions (`grouping` is the subset as a bit mask over DIMENSIONS), since distinct counts of
//   finer buckets cannot be added up into coarser ones.
// - collector_start: the window in which the collector first received a report.

export const COLUMNS = ['window_start', 'provider', 'service', 'failure', 'status', 'pop', 'domain', 'version'] as const;
export const DIMENSIONS = ['service', 'failure', 'pop', 'domain'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const SENDER_COLUMNS = ['window_start', 'provider', ...DIMENSIONS, 'sender'] as const;
const BUCKET_COLUMNS = ['grouping', 'window_start', 'provider', ...DIMENSIONS] as const;

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
  `CREATE TABLE IF NOT EXISTS report_senders (
    window_start BIGINT NOT NULL,
    provider TEXT NOT NULL,
    service TEXT NOT NULL,
    failure TEXT NOT NULL,
    pop TEXT NOT NULL,
    domain TEXT NOT NULL,
    sender TEXT NOT NULL,
    PRIMARY KEY (${SENDER_COLUMNS.join(', ')})
  )`,
  `CREATE TABLE IF NOT EXISTS sender_counts (
    grouping INTEGER NOT NULL,
    window_start BIGINT NOT NULL,
    provider TEXT NOT NULL,
    service TEXT NOT NULL,
    failure TEXT NOT NULL,
    pop TEXT NOT NULL,
    domain TEXT NOT NULL,
    senders BIGINT NOT NULL,
    PRIMARY KEY (${BUCKET_COLUMNS.join(', ')})
  )`,
  'CREATE TABLE IF NOT EXISTS collector_start (id INTEGER PRIMARY KEY, window_start BIGINT NOT NULL)',
];

const values = (columns: number, rows: number): string => Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');

/** An upsert of `rows` distinct reports with their counts. */
export function upsertCountsSql(rows: number): string {
  return (
    `INSERT INTO report_counts (${COLUMNS.join(', ')}, n) VALUES ${values(COLUMNS.length + 1, rows)} ` +
    `ON CONFLICT (${COLUMNS.join(', ')}) DO UPDATE SET n = report_counts.n + excluded.n`
  );
}

/** `rows` (bucket, sender) pairs of open windows; a pair already there stays one. */
export function insertSendersSql(rows: number): string {
  return `INSERT INTO report_senders (${SENDER_COLUMNS.join(', ')}) VALUES ${values(SENDER_COLUMNS.length, rows)} ON CONFLICT DO NOTHING`;
}

export const RECORD_START_SQL = 'INSERT INTO collector_start (id, window_start) VALUES (1, ?) ON CONFLICT DO NOTHING';
export const FIRST_WINDOW_SQL = 'SELECT MIN(window_start) AS first FROM collector_start';
export const TOTAL_SQL = 'SELECT SUM(n) AS n FROM report_counts';

/** The bit mask of a subset of DIMENSIONS: the `grouping` of its rows in sender_counts. */
export function grouping(dimensions: readonly Dimension[]): number {
  return DIMENSIONS.reduce((mask, d, bit) => (dimensions.includes(d) ? mask | (1 << bit) : mask), 0);
}

const GROUPINGS = Array.from({ length: 2 ** DIMENSIONS.length }, (_, mask) => mask);
const subset = (mask: number): Dimension[] => DIMENSIONS.filter((_, bit) => (mask & (1 << bit)) !== 0);

/**
 * Closing the windows before `?`: distinct senders per provider and every subset of the dimensions go
 * into sender_counts (a dimension outside the subset is stored as ''), then the senders are deleted. A
 * window already closed (another collector process on the same database) is left as it is.
 */
export const CLOSE_WINDOWS_SQL: readonly string[] = [
  ...GROUPINGS.map((mask) => {
    const dims = subset(mask);
    const picked = DIMENSIONS.map((d) => (dims.includes(d) ? d : "''"));
    const groupBy = ['window_start', 'provider', ...dims].join(', ');
    return (
      `INSERT INTO sender_counts (${BUCKET_COLUMNS.join(', ')}, senders) ` +
      `SELECT ${mask}, window_start, provider, ${picked.join(', ')}, COUNT(DISTINCT sender) FROM report_senders ` +
      `WHERE window_start < ? GROUP BY ${groupBy} ON CONFLICT DO NOTHING`
    );
  }),
  'DELETE FROM report_senders WHERE window_start < ?',
];

/** Retention: everything stored for windows before `?` (sender_counts by its key: grouping, then window). */
export const PRUNE_SQL: readonly string[] = [
  'DELETE FROM report_counts WHERE window_start < ?',
  `DELETE FROM sender_counts WHERE grouping IN (${GROUPINGS.join(', ')}) AND window_start < ?`,
  'DELETE FROM report_senders WHERE window_start < ?',
];

/**
 * Distinct senders per provider, window and the chosen dimensions, for windows in [from, to) with at
 * least `min` senders: closed windows from sender_counts, open ones counted from report_senders (a window
 * is in one or the other, never both). Parameters: grouping, from, to, min, from, to, min.
 */
export function bucketsSql(dimensions: readonly Dimension[]): string {
  // Only names from DIMENSIONS reach the SQL text; values always go through placeholders.
  const dims = DIMENSIONS.filter((d) => dimensions.includes(d));
  const keys = ['provider', 'window_start', ...dims].join(', ');
  return (
    `SELECT ${keys}, senders AS n FROM sender_counts WHERE grouping = ? AND window_start >= ? AND window_start < ? AND senders >= ? ` +
    `UNION ALL SELECT ${keys}, COUNT(DISTINCT sender) AS n FROM report_senders WHERE window_start >= ? AND window_start < ? ` +
    `GROUP BY ${keys} HAVING COUNT(DISTINCT sender) >= ? ORDER BY ${keys}`
  );
}

/** Bulk load of closed-window counts (the benchmark's million rows of history). */
export function insertSenderCountsSql(rows: number): string {
  return `INSERT INTO sender_counts (${BUCKET_COLUMNS.join(', ')}, senders) VALUES ${values(BUCKET_COLUMNS.length + 1, rows)} ON CONFLICT DO NOTHING`;
}
