// `npm run bench:collector`: a load test on loopback. The collector runs as a child process (as in
// production); autocannon posts batches of 20 reports over keep-alive connections. It prints sustained
// reports per second, p99 latency and errors, checks that the database holds exactly the acknowledged
// reports, and writes bench/collector-results.json. SQLite always; PostgreSQL when DATABASE_URL is set.
// Then "reads under load": a million rows of history, and POST p99 without reads, with readers asking a
// dozen questions (the read cache's case), and with readers asking a new question every time.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type StoreLocation as Location } from '../db/open-store';
import { openPostgresDriver } from '../db/postgres-driver';
import { openSqliteDriver } from '../db/sqlite-driver';
import { windowStart } from '../../src/core/report';
import { benchBatches } from './report-mix';
import { scratchPostgres } from './scratch-postgres';
import { seedHistory } from './seed-history';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BATCH = 20;
const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TARGET = { reportsPerSecond: 5000, p99Ms: 50 };

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

const READ_CONNECTIONS = 4;
const POSTS_PER_PHASE = Number(process.env.BENCH_POSTS ?? 20_000);
const DIMENSION_CHOICES = ['', 'failure', 'service,failure', 'domain', 'pop', 'service,failure,pop,domain'];
// The page and the API's usual questions: what a crowd of readers asks (a dozen cache entries).
const USUAL_READS = ['/', '/v1/outages', ...DIMENSION_CHOICES.map((by) => `/v1/outages?hours=24&by=${by}`), '/v1/outages?hours=1&by=failure', '/v1/outages?hours=168&by=', '/v1/outages?hours=6&by=domain'];
// Every hour count with every dimension choice: a new question almost every time, past the cache.
const UNCACHED_READS = Array.from({ length: 168 }, (_, h) => DIMENSION_CHOICES.map((by) => `/v1/outages?hours=${h + 1}&by=${by}`)).flat();

function runCannon(options: autocannon.Options): { result: Promise<autocannon.Result>; stop(): void } {
  let stop = (): void => undefined;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    const tracker = autocannon(options, (err, res) => (err === null || err === undefined ? resolve(res) : reject(err)));
    stop = () => tracker.stop();
  });
  return { result, stop };
}

async function postsWhileReading(url: string, reads: readonly string[] | undefined): Promise<Record<string, number>> {
  const bodies = benchBatches(1000, windowStart(Date.now()));
  let next = 0;
  const request = { method: 'POST' as const, path: '/v1/reports', headers: { 'content-type': 'application/json' } };
  let readNext = 0;
  const readers =
    reads === undefined
      ? undefined
      : runCannon({ url, connections: READ_CONNECTIONS, pipelining: 1, duration: 3600, requests: [{ method: 'GET', setupRequest: (req: autocannon.Request) => ({ ...req, path: reads[readNext++ % reads.length] }) }] });
  if (readers !== undefined) await new Promise((resolve) => setTimeout(resolve, 1000)); // the readers are under way
  const posts = await runCannon({ url, connections: CONNECTIONS, pipelining: 1, amount: POSTS_PER_PHASE, requests: [{ ...request, setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] }) }] }).result;
  readers?.stop();
  const read = readers === undefined ? undefined : await readers.result;
  return {
    postP50Ms: posts.latency.p50,
    postP99Ms: posts.latency.p99,
    postMaxMs: posts.latency.max,
    postErrors: posts.errors + posts.timeouts + posts.non2xx,
    ...(read === undefined ? {} : { readsPerSecond: Math.round(read.requests.average), readP99Ms: read.latency.p99, readErrors: read.errors + read.timeouts + read.non2xx }),
  };
}

async function readsUnderLoad(name: string, location: Location): Promise<Record<string, unknown>> {
  const driver = location.databaseUrl === undefined ? openSqliteDriver(location.sqlitePath) : await openPostgresDriver(location.databaseUrl);
  const seeding = performance.now();
  const rows = await seedHistory(driver, Date.now());
  const seedSeconds = Math.round((performance.now() - seeding) / 100) / 10;
  await driver.close();
  const collector = await startCollector(location);
  try {
    await postsWhileReading(collector.url, undefined); // warm-up
    const withoutReads = await postsWhileReading(collector.url, undefined);
    const withUsualReads = await postsWhileReading(collector.url, USUAL_READS);
    const withUncachedReads = await postsWhileReading(collector.url, UNCACHED_READS);
    const figures = { historyRows: rows, seedSeconds, postsPerPhase: POSTS_PER_PHASE, readConnections: READ_CONNECTIONS, withoutReads, withUsualReads, withUncachedReads };
    console.log(
      `${name.padEnd(10)} reads under load (${rows} rows of history, seeded in ${seedSeconds} s): POST p99 ${withoutReads.postP99Ms} ms without reads, ` +
        `${withUsualReads.postP99Ms} ms with ${withUsualReads.readsPerSecond} usual reads/s (read p99 ${withUsualReads.readP99Ms} ms), ` +
        `${withUncachedReads.postP99Ms} ms with ${withUncachedReads.readsPerSecond} uncached reads/s (read p99 ${withUncachedReads.readP99Ms} ms)`,
    );
    return figures;
  } finally {
    await collector.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'detour-bench-'));
const results: Record<string, Record<string, number | boolean | string>> = {};
const underLoad: Record<string, Record<string, unknown>> = {};
try {
  results.sqlite = await run('sqlite', { sqlitePath: join(dir, 'reports.sqlite') });
  underLoad.sqlite = await readsUnderLoad('sqlite', { sqlitePath: join(dir, 'history.sqlite') });
  const base = process.env.DATABASE_URL;
  if (base !== undefined && base !== '') {
    const scratch = await scratchPostgres(base);
    try {
      results.postgres = await run('postgres', { databaseUrl: scratch.url, sqlitePath: '' });
    } finally {
      await scratch.drop();
    }
    const history = await scratchPostgres(base);
    try {
      underLoad.postgres = await readsUnderLoad('postgres', { databaseUrl: history.url, sqlitePath: '' });
    } finally {
      await history.drop();
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
  readsUnderLoad: underLoad,
};
writeFileSync(join(ROOT, 'bench/collector-results.json'), JSON.stringify(report, null, 2) + '\n');
const sqlite = results.sqlite;
const met = sqlite !== undefined && Number(sqlite.reportsPerSecond) >= TARGET.reportsPerSecond && Number(sqlite.p99Ms) < TARGET.p99Ms && sqlite.errors === 0;
console.log(`target (SQLite ≥ ${TARGET.reportsPerSecond} reports/s, p99 < ${TARGET.p99Ms} ms, no errors): ${met ? 'met' : 'NOT met'}`);
if (Object.values(results).some((r) => r.storedEqualsAcknowledged !== true || r.errors !== 0)) process.exitCode = 1;
const phaseErrors = Object.values(underLoad).flatMap((r) => [r.withoutReads, r.withUsualReads, r.withUncachedReads] as Record<string, number>[]);
if (phaseErrors.some((phase) => phase.postErrors !== 0 || (phase.readErrors ?? 0) !== 0)) process.exitCode = 1;
