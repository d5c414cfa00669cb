// The one query layer over either database: writes go through group commit, reads are the shared SQL.
import type { Report } from '../../src/core/report';
import type { SqlDriver } from './driver';
import { createGroupCommit } from './group-commit';
import { bucketsSql, DIMENSIONS, FIRST_WINDOW_SQL, TOTAL_SQL, type Dimension } from './sql';

export interface Bucket {
  provider: string;
  window: number;
  service?: string;
  failure?: string;
  pop?: string;
  domain?: string;
  reports: number;
}

export interface ReportStore {
  readonly kind: SqlDriver['kind'];
  /** Resolves once every report is committed; rejects if none of them could be. */
  add(reports: readonly Report[]): Promise<void>;
  /** Reports waiting for their commit (for back-pressure). */
  pending(): number;
  /** Report counts per provider, window and dimensions, for windows in [from, to). */
  buckets(from: number, to: number, dimensions: readonly Dimension[]): Promise<Bucket[]>;
  firstWindow(): Promise<number | undefined>;
  total(): Promise<number>;
  close(): Promise<void>;
}

export function createReportStore(driver: SqlDriver): ReportStore {
  const commits = createGroupCommit((rows) => driver.upsert(rows));
  return {
    kind: driver.kind,
    add: (reports) => commits.add(reports),
    pending: () => commits.pending(),
    async buckets(from, to, dimensions) {
      const rows = await driver.all(bucketsSql(dimensions), [from, to]);
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
    async close() {
      await commits.idle();
      await driver.close();
    },
  };
}
