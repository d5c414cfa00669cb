// The collector killed (SIGKILL) in the middle of a stream of concurrent batches loses nothing it had
// acknowledged: every report of every 2xx is in the database after a restart.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../collector/db/open-store';
import { windowStart, type Report } from '../../src/core/report';
import { request, startCollector } from './child-collector';
import { report } from './reports';
import { collectorEnv, STORE_CASES } from './stores';

const SENDERS = 8;

describe.each(STORE_CASES)('a collector killed mid-stream ($name)', (kind) => {
  it('keeps every acknowledged report', { timeout: 60_000 }, async () => {
    const { location, remove } = await kind.create();
    const env = collectorEnv(location);
    try {
      const window = windowStart(Date.now());
      const batchOf = (tag: string): Report[] => Array.from({ length: 20 }, (_, i) => report({ window, domain: `${tag}r${i}.com` }));
      const first = await startCollector({ ...env, RATE_LIMIT_PER_MINUTE: '0' });
      const agent = new http.Agent({ keepAlive: true, maxSockets: SENDERS });
      const acked: Report[][] = [];
      let sent = 0;
      let cut = 0; // requests that died with the process
      const sender = async (id: number): Promise<void> => {
        for (let b = 0; ; b++) {
          const batch = batchOf(`s${id}b${b}`);
          sent++;
          try {
            const res = await request(`${first.url}/v1/reports`, { body: { reports: batch }, agent });
            if (res.status !== 200) throw new Error(`${res.status} ${res.body}`);
            acked.push(batch);
          } catch {
            cut++;
            return;
          }
        }
      };
      const senders = Array.from({ length: SENDERS }, (_, i) => sender(i));
      while (acked.length < 150) await new Promise((resolve) => setTimeout(resolve, 2));
      first.child.kill('SIGKILL');
      await Promise.all(senders);
      expect(await first.exited).toBeNull(); // killed, not exited
      agent.destroy();
      expect(cut).toBe(SENDERS); // every sender was cut off mid-stream

      const second = await startCollector({ ...env, RATE_LIMIT_PER_MINUTE: '0' });
      const after = await request(`${second.url}/v1/reports`, { body: { reports: batchOf('after') } });
      expect(after.status).toBe(200);
      await second.stop();

      const store = await openStore(location);
      const stored = new Map((await store.buckets(window, window + 300, ['domain'])).map((b) => [b.domain, b.reports]));
      const total = await store.total();
      await store.close();
      const missing = acked.flat().filter((r) => stored.get(r.domain) !== 1);
      expect(missing).toEqual([]);
      expect(total).toBeGreaterThanOrEqual((acked.length + 1) * 20);
      expect(total).toBeLessThanOrEqual((sent + 1) * 20);
    } finally {
      await remove();
    }
  });
});
