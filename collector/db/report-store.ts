// The one query layer over either database: writes go through group commit, reads are the shared SQL.
import { WINDOW_SECONDS, windowStart, type Report } from '../../src/core/report';
import type { SqlDriver } from './driver';
import { createGroupCommit } from './group-commit';
import { bucketsSql, CLOSE_WINDOWS_SQL, DIMENSIONS, FIRST_WINDOW_SQL, grouping, PRUNE_SQL, TOTAL_SQL, type Dimension } from './sql';
import { batchStatements } from './write-batch';

/** Distinct senders of one provider, window and the chosen dimensions. */
export interface Bucket {
  provider: string;
  window: number;
  service?: string;
  failure?: string;
  pop?: string;
  domain?: string;
  reports: number; // distinct senders (people), not reports: one client counts once however much it sends
}

// A window is accepted until the end of the next one (refusalReason); a request validated just before
// that may still be in group commit, so a window is closed only this long after.
const CLOSE_GRACE_MS = 60_000;

/** The store's reads, over any connection: the writer's own, or the read worker's read-only one. */
export interface ReportReader {
  /** Distinct senders per provider, window and dimensions, for windows in [from, to), where at least `min`. */
  buckets(from: number, to: number, dimensions: readonly Dimension[], min?: number): Promise<Bucket[]>;
  /** The window in which the collector first received a report. */
  firstWindow(): Promise<number | undefined>;
  /** Reports stored (not senders). */
  total(): Promise<number>;
}

export interface ReportStore extends ReportReader {
  readonly kind: SqlDriver['kind'];
  /**
   * Stores reports of one sender (a keyed hash of the client, never its address), received in window
   * `received`. Resolves once every report is committed; rejects if none of them could be.
   */
  add(reports: readonly Report[], from: { sender: string; received: number }): Promise<void>;
  /** Reports waiting for their commit (for back-pressure). */
  pending(): number;
  /** Counts the distinct senders of windows no longer accepted at `now` (ms), then forgets the senders. */
  closeWindows(now: number): Promise<void>;
  /** Deletes everything stored for windows older than `days` before `now` (ms). */
  prune(now: number, days: number): Promise<void>;
  close(): Promise<void>;
}

export function createReportReader(driver: Pick<SqlDriver, 'all'>): ReportReader {
  return {
    async buckets(from, to, dimensions, min = 1) {
      const rows = await driver.all(bucketsSql(dimensions), [grouping(dimensions), from, to, min, from, to, min]);
      return rows.map((row) => {
        const bucket: Bucket = { provider: String(row.provider), window: Number(row.window_start), reports: Number(row.n) };
        for (const d of DIMENSIONS) if (dimensions.includes(d) && row[d] !== '') bucket[d] = String(row[d]);
        return bucket;
      });
    },
    async firstWindow() {
      const [row] = await driver.all(FIRST_WINDOW_SQL, []);
      return row?.first === null || row?.first === undefined ? undefined : Number(row.first);
    },
    async total() {
      const [row] = await driver.all(TOTAL_SQL, []);
      return Number(row?.n ?? 0);
    },
  };
}

export function createReportStore(driver: SqlDriver): ReportStore {
  const commits = createGroupCommit((batch) => driver.transaction(batchStatements(batch)));
  return {
    ...createReportReader(driver),
    kind: driver.kind,
    add: (reports, from) => commits.add(reports, from),
    pending: () => commits.pending(),
    async closeWindows(now) {
      const before = windowStart(now - CLOSE_GRACE_MS) - WINDOW_SECONDS;
      await driver.transaction(CLOSE_WINDOWS_SQL.map((sql) => ({ sql, params: [before] })));
    },
    async prune(now, days) {
      const before = windowStart(now) - days * 86_400;
      await driver.transaction(PRUNE_SQL.map((sql) => ({ sql, params: [before] })));
    },
    async close() {
      await commits.idle();
      await driver.close();
    },
  };
}
