// SQLite reads run on a thread of their own: a slow read leaves the event loop (and so every
// acknowledgement) free, and writes committed before a read are seen by it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteDriver } from '../../collector/db/sqlite-driver';
import { TOTAL_SQL, upsertCountsSql } from '../../collector/db/sql';

const SLOW_READ = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT COUNT(*) AS n FROM c';

describe('the SQLite driver', () => {
  it('reads without stopping the event loop, and sees what was committed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detour-reader-'));
    const driver = openSqliteDriver(join(dir, 'r.sqlite'));
    try {
      await driver.transaction([{ sql: upsertCountsSql(1), params: [1_741_953_600, 'cloudflare', '', 'edge', '500', '', '', '0.1.0', 3] }]);
      expect(await driver.all(TOTAL_SQL, [])).toEqual([{ n: 3 }]);
      const started = performance.now();
      const read = driver.all(SLOW_READ, []);
      const ticks: number[] = [];
      const timer = setInterval(() => ticks.push(performance.now()), 5);
      const [rows] = await Promise.all([read]);
      clearInterval(timer);
      const took = performance.now() - started;
      expect(rows).toEqual([{ n: 3_000_000 }]);
      expect(took).toBeGreaterThan(100); // the read is slow enough to matter…
      const gaps = ticks.map((t, i) => t - (ticks[i - 1] ?? started));
      expect(Math.max(...gaps)).toBeLessThan(took / 2); // …and the loop kept turning meanwhile
      expect(ticks.length).toBeGreaterThan(5);
    } finally {
      await driver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
