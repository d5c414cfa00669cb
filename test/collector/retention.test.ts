// Nothing is kept past the retention: counts of windows older than RETENTION_DAYS (default 8) are
// deleted when the collector starts and then every minute.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../collector/db/open-store';
import type { ReportStore } from '../../collector/db/report-store';
import { startMaintenance } from '../../collector/maintenance';
import { windowStart, type Report } from '../../src/core/report';
import { startCollector } from './child-collector';
import { report } from './reports';
import { collectorEnv, freshStore, STORE_CASES } from './stores';

const DAY = 86_400;

async function seed(store: ReportStore, windows: readonly number[]): Promise<void> {
  for (const window of windows) {
    const r: Report = report({ window, domain: `w${window}.com` });
    await store.add([r], { sender: 'a', received: window });
    await store.add([r], { sender: 'b', received: window });
  }
}

const domains = async (store: ReportStore, from: number, to: number): Promise<string[]> => (await store.buckets(from, to, ['domain'])).map((b) => b.domain ?? '');

describe.each(STORE_CASES)('retention ($name)', (kind) => {
  it('deletes counts and senders of windows older than the retention, and keeps the rest', async () => {
    const { store, dispose } = await freshStore(kind);
    try {
      const now = Date.UTC(2026, 2, 14, 12, 2, 30);
      const today = windowStart(now);
      const windows = [today - 9 * DAY, today - 8 * DAY - 300, today - 8 * DAY, today - 3 * DAY, today - 300];
      await seed(store, windows);
      await store.closeWindows(now); // all but the last two (open) windows become counts
      expect(await store.total()).toBe(10);
      const maintenance = startMaintenance(store, { now: () => now, retentionDays: 8 });
      await maintenance.run();
      maintenance.stop();
      expect(await domains(store, today - 10 * DAY, today + 300)).toEqual([`w${today - 8 * DAY}.com`, `w${today - 3 * DAY}.com`, `w${today - 300}.com`]);
      expect(await store.total()).toBe(6);
      await store.prune(now, 1);
      expect(await domains(store, today - 10 * DAY, today + 300)).toEqual([`w${today - 300}.com`]);
    } finally {
      await dispose();
    }
  });

  it('is applied when the collector starts', { timeout: 30_000 }, async () => {
    const { location, remove } = await kind.create();
    try {
      const today = windowStart(Date.now());
      const store = await openStore(location);
      await seed(store, [today - 20 * DAY, today - 2 * DAY]);
      await store.close();
      const collector = await startCollector({ ...collectorEnv(location), RETENTION_DAYS: '10' });
      await collector.stop();
      const after = await openStore(location);
      try {
        expect(await domains(after, today - 30 * DAY, today + 300)).toEqual([`w${today - 2 * DAY}.com`]);
        expect(await after.total()).toBe(2);
      } finally {
        await after.close();
      }
    } finally {
      await remove();
    }
  });
});
