// The collector's settings, from the environment only.
export interface CollectorConfig {
  host: string; // HOST, default 127.0.0.1
  port: number; // PORT, default 8787 (0: any free port)
  databaseUrl?: string; // DATABASE_URL: PostgreSQL; absent → SQLite
  sqlitePath: string; // COLLECTOR_DB, default collector/.data/reports.sqlite
  k: number; // K_ANONYMITY: buckets with fewer reports are never shown, default 5
  ratePerMinute: number; // RATE_LIMIT_PER_MINUTE: requests per address per minute, default 120; 0 turns it off
  trustProxy: boolean; // TRUST_PROXY=1: behind a reverse proxy, rate-limit by X-Forwarded-For
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv): CollectorConfig {
  const config: CollectorConfig = {
    host: env.HOST !== undefined && env.HOST !== '' ? env.HOST : '127.0.0.1',
    port: integer(env, 'PORT', 8787, 0, 65535),
    sqlitePath: env.COLLECTOR_DB !== undefined && env.COLLECTOR_DB !== '' ? env.COLLECTOR_DB : 'collector/.data/reports.sqlite',
    k: integer(env, 'K_ANONYMITY', 5, 1, 1_000_000),
    ratePerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 120, 0, 1_000_000),
    trustProxy: env.TRUST_PROXY === '1',
  };
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') config.databaseUrl = env.DATABASE_URL;
  return config;
}
