// The collector's settings, from the environment only.
import ipaddr from 'ipaddr.js';

/** Whom to believe about the client's address: nobody (false), the last n proxies, or these addresses/ranges. */
export type TrustProxy = false | number | string[];

export interface CollectorConfig {
  host: string; // HOST, default 127.0.0.1
  port: number; // PORT, default 8787 (0: any free port)
  databaseUrl?: string; // DATABASE_URL: PostgreSQL; absent → SQLite
  sqlitePath: string; // COLLECTOR_DB, default collector/.data/reports.sqlite
  k: number; // K_ANONYMITY: buckets with fewer distinct senders are never shown, default 5
  ratePerMinute: number; // RATE_LIMIT_PER_MINUTE: requests per client per minute, default 120; 0 turns it off
  trustProxy: TrustProxy; // TRUST_PROXY: a hop count or a list of proxy addresses/CIDR ranges; off by default
  retentionDays: number; // RETENTION_DAYS: stored counts older than this are deleted, default 8
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return value;
}

// Dotted quads only: ipaddr.js would also read "10.0.0" (as 10.0.0.0), which is more likely a typo.
const isAddress = (text: string): boolean => ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);
const isAddressOrRange = (entry: string): boolean => isAddress(entry) || (isAddress(entry.split('/')[0] ?? '') && ipaddr.isValidCIDR(entry));

// Fastify (proxy-addr) takes either form; anything else is refused, so a typo cannot trust the world.
function trustProxy(text: string | undefined): TrustProxy {
  if (text === undefined || text === '') return false;
  if (/^[0-9]+$/.test(text)) return integer({ TRUST_PROXY: text }, 'TRUST_PROXY', 0, 1, 32);
  const list = text.split(',').map((entry) => entry.trim());
  const bad = list.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined) throw new Error(`TRUST_PROXY must be a hop count (1 to 32) or a comma-separated list of proxy addresses or CIDR ranges, not ${JSON.stringify(bad)}`);
  return list;
}

export function readConfig(env: NodeJS.ProcessEnv): CollectorConfig {
  const config: CollectorConfig = {
    host: env.HOST !== undefined && env.HOST !== '' ? env.HOST : '127.0.0.1',
    port: integer(env, 'PORT', 8787, 0, 65535),
    sqlitePath: env.COLLECTOR_DB !== undefined && env.COLLECTOR_DB !== '' ? env.COLLECTOR_DB : 'collector/.data/reports.sqlite',
    k: integer(env, 'K_ANONYMITY', 5, 1, 1_000_000),
    ratePerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 120, 0, 1_000_000),
    trustProxy: trustProxy(env.TRUST_PROXY),
    retentionDays: integer(env, 'RETENTION_DAYS', 8, 1, 3650),
  };
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') config.databaseUrl = env.DATABASE_URL;
  return config;
}
