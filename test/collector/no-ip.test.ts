// No client address is stored or logged: a real collector process is sent every kind of request from
// 127.0.0.2, then its output and every byte of its database are searched for that address.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { windowStart } from '../../src/core/report';
import { request, startCollector } from './child-collector';
import { distinctReports, report } from './reports';
import { collectorEnv, STORE_CASES } from './stores';

const CLIENT = '127.0.0.2'; // a loopback address of its own, so it cannot be confused with the server's

async function databaseText(location: { databaseUrl?: string; sqlitePath: string }): Promise<string> {
  if (location.databaseUrl === undefined) {
    const dir = dirname(location.sqlitePath);
    return readdirSync(dir)
      .map((file) => readFileSync(join(dir, file)).toString('latin1'))
      .join('\n');
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    const dumps = await Promise.all(tables.rows.map(async ({ table_name }) => JSON.stringify((await client.query(`SELECT * FROM ${table_name}`)).rows)));
    return dumps.join('\n');
  } finally {
    await client.end();
  }
}

describe.each(STORE_CASES)('client addresses ($name)', (kind) => {
  it('are neither stored nor logged', { timeout: 30_000 }, async () => {
    const { location, remove } = await kind.create();
    const env = collectorEnv(location);
    try {
      const collector = await startCollector({ ...env, RATE_LIMIT_PER_MINUTE: '12' });
      const window = windowStart(Date.now());
      const from = { localAddress: CLIENT };
      const statuses: number[] = [];
      const send = async (path: string, options: Parameters<typeof request>[1] = {}): Promise<void> => {
        statuses.push((await request(`${collector.url}${path}`, { ...from, ...options })).status);
      };
      await send('/v1/reports', { body: { reports: distinctReports(20, 'ip', { window }) } });
      await send('/v1/reports', { body: { reports: [{ ...report({ window }), ip: CLIENT }] } });
      await send('/v1/reports', { body: '{"reports":[' });
      await send('/v1/reports', { body: { reports: [report({ window, domain: CLIENT })] } });
      await send('/v1/reports', { body: { reports: [report({ window })] }, headers: { 'x-forwarded-for': '198.51.100.77' } });
      await send('/nope');
      await send('/v1/outages');
      await send('/');
      for (let i = 0; i < 10; i++) await send('/v1/reports', { body: { reports: [report({ window })] } });
      await collector.stop();
      expect(statuses).toContain(200);
      expect(statuses).toContain(400);
      expect(statuses).toContain(404);
      expect(statuses).toContain(429);

      expect(collector.output()).not.toContain(CLIENT);
      expect(collector.output()).not.toContain('198.51.100.77');
      const stored = await databaseText(location);
      expect(stored).toContain('ip0.com'); // the search does see the stored reports
      expect(stored).not.toContain(CLIENT);
      expect(stored).not.toContain('198.51.100.77');
    } finally {
      await remove();
    }
  });
});
