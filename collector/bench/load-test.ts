// `npm run bench:collector`: a load test on loopback. The collector runs as a child process (as in
// production); autocannon posts batches of 20 reports over keep-alive connections. It prints sustained
// reports per second, p99 latency and errors, checks that the database holds exactly the acknowledged
// reports, and writes bench/collector-results.json. SQLite always; PostgreSQL when DATABASE_URL is set.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../db/open-store';
import { windowStart } from '../../src/core/report';
import { benchBatches } from './report-mix';
import { scratchPostgres } from './scratch-postgres';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BATCH = 20;
const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TARGET = { reportsPerSecond: 5000, p99Ms: 50 };

interface Location {
  databaseUrl?: string;
  sqlitePath: string;
}

async function startCollector(location: Location): Promise<{ url: string; stop(): Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', COLLECTOR_DB: location.sqlitePath };
  if (location.databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = location.databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', 'collector/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`collector exited before listening: ${out}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function run(name: string, location: Location): Promise<Record<string, number | boolean | string>> {
  const before = await openStore(location);
  const storedBefore = await before.total();
  await before.close();
  const collector = await startCollector(location);
  const bodies = benchBatches(1000, windowStart(Date.now()));
  let next = 0;
  const request = { method: 'POST' as const, path: '/v1/reports', headers: { 'content-type': 'application/json' } };
  const options = { url: collector.url, connections: CONNECTIONS, pipelining: 1, requests: [{ ...request, setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] }) }] };
  // Fixed request counts, not a duration: autocannon then waits for every answer, so the acknowledged
  // count is exact and can be compared with the database.
  const warmUp = await autocannon({ ...options, amount: 2000 }); // JIT, page cache, connection pool
  const calibrating = performance.now();
  const calibration = await autocannon({ ...options, amount: 3000 }); // how many requests fill SECONDS
  const amount = Math.max(1000, Math.round((3000 / ((performance.now() - calibrating) / 1000)) * SECONDS));
  const warm = { '2xx': warmUp['2xx'] + calibration['2xx'], errors: warmUp.errors + calibration.errors, timeouts: warmUp.timeouts + calibration.timeouts, non2xx: warmUp.non2xx + calibration.non2xx };
  const started = performance.now();
  const result = await autocannon({ ...options, amount });
  const seconds = (performance.now() - started) / 1000;
  await collector.stop();
  const after = await openStore(location);
  const stored = (await after.total()) - storedBefore;
  await after.close();
  const ok = result['2xx'];
  const errors = result.errors + result.timeouts + result.non2xx + warm.errors + warm.timeouts + warm.non2xx;
  const acknowledged = (ok + warm['2xx']) * BATCH;
  const figures = {
    storage: name,
    seconds: Math.round(seconds * 10) / 10,
    reportsPerSecond: Math.round((ok * BATCH) / seconds),
    batchesPerSecond: Math.round(ok / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors,
    acknowledgedReports: acknowledged,
    storedReports: stored,
    storedEqualsAcknowledged: stored === acknowledged,
  };
  console.log(`${name.padEnd(10)} ${figures.reportsPerSecond} reports/s (${figures.batchesPerSecond} batches of ${BATCH}/s), p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms, errors ${errors}, stored ${stored} of ${figures.acknowledgedReports} acknowledged`);
  return figures;
}

const dir = mkdtempSync(join(tmpdir(), 'detour-bench-'));
const results: Record<string, Record<string, number | boolean | string>> = {};
try {
  results.sqlite = await run('sqlite', { sqlitePath: join(dir, 'reports.sqlite') });
  const base = process.env.DATABASE_URL;
  if (base !== undefined && base !== '') {
    const scratch = await scratchPostgres(base);
    try {
      results.postgres = await run('postgres', { databaseUrl: scratch.url, sqlitePath: '' });
    } finally {
      await scratch.drop();
    }
  } else {
    console.log('postgres   skipped: set DATABASE_URL to measure PostgreSQL too');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  load: { batchSize: BATCH, connections: CONNECTIONS, seconds: SECONDS, loopback: true },
  target: { sqlite: TARGET },
  results,
};
writeFileSync(join(ROOT, 'bench/collector-results.json'), JSON.stringify(report, null, 2) + '\n');
const sqlite = results.sqlite;
const met = sqlite !== undefined && Number(sqlite.reportsPerSecond) >= TARGET.reportsPerSecond && Number(sqlite.p99Ms) < TARGET.p99Ms && sqlite.errors === 0;
console.log(`target (SQLite ≥ ${TARGET.reportsPerSecond} reports/s, p99 < ${TARGET.p99Ms} ms, no errors): ${met ? 'met' : 'NOT met'}`);
if (Object.values(results).some((r) => r.storedEqualsAcknowledged !== true || r.errors !== 0)) process.exitCode = 1;
