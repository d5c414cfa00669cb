// A million rows of closed-window history for the "reads under load" phase: distinct-sender counts for
// every 5-minute window of the last 8 days, eight providers, every choice of dimensions, written in bulk
// through the collector's own statement (db/sql.ts) and its driver.
import { WINDOW_SECONDS } from '../../src/core/report';
import type { SqlDriver } from '../db/driver';
import { DIMENSIONS, insertSenderCountsSql } from '../db/sql';

const PROVIDERS = ['cloudflare', 'aws', 'fastly', 'akamai', 'vercel', 'google', 'netlify', 'azure'];
const VALUES: Record<(typeof DIMENSIONS)[number], readonly string[]> = {
  service: ['workers', 'pages', 'cdn', 'functions'],
  failure: ['edge', 'origin'],
  pop: ['FRA', 'LHR', 'IAD', 'SIN', 'NRT'],
  domain: ['shop.com', 'news.org', 'bank.de', 'video.net', 'mail.com', 'docs.io', 'game.gg'],
};
const ROWS_PER_STATEMENT = 1000; // 8 parameters a row
const STATEMENTS_PER_TRANSACTION = 50;

function* rows(now: number, days: number): Generator<unknown[]> {
  const last = Math.floor(now / 1000 / WINDOW_SECONDS) * WINDOW_SECONDS - 2 * WINDOW_SECONDS; // closed windows only
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
  for (let window = last - days * 86_400; window <= last; window += WINDOW_SECONDS) {
    for (const provider of PROVIDERS) {
      for (let grouping = 0; grouping < 2 ** DIMENSIONS.length; grouping++) {
        const combos = grouping === 0 ? 1 : 5 + (grouping % 2); // distinct value combinations of this grouping
        const seen = new Set<string>();
        for (let c = 0; c < combos; c++) {
          const dims = DIMENSIONS.map((d, bit) => ((grouping & (1 << bit)) === 0 ? '' : (VALUES[d][next(VALUES[d].length)] ?? '')));
          const key = dims.join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          yield [grouping, window, provider, ...dims, 1 + next(40)];
        }
      }
    }
  }
}

/** Writes the history; resolves with the number of rows. */
export async function seedHistory(driver: SqlDriver, now: number, days = 8): Promise<number> {
  let total = 0;
  let statements: { sql: string; params: unknown[] }[] = [];
  let chunk: unknown[][] = [];
  const flushChunk = (): void => {
    if (chunk.length > 0) statements.push({ sql: insertSenderCountsSql(chunk.length), params: chunk.flat() });
    total += chunk.length;
    chunk = [];
  };
  for (const row of rows(now, days)) {
    chunk.push(row);
    if (chunk.length === ROWS_PER_STATEMENT) flushChunk();
    if (statements.length === STATEMENTS_PER_TRANSACTION) {
      await driver.transaction(statements);
      statements = [];
    }
  }
  flushChunk();
  if (statements.length > 0) await driver.transaction(statements);
  return total;
}
