// PostgreSQL (pg) for deployments that outgrow one machine. Same SQL as SQLite; `?` placeholders become
// `$n`. A write is one transaction; COMMIT returns once PostgreSQL has flushed it. Reads have a pool of
// their own, so a slow read never holds the connection an acknowledgement waits for; the answers to GET
// requests are read by the read worker (outages/read-worker.ts) on a pool of its own (openPostgresReader),
// so pg parses their rows off the main thread.
import pg from 'pg';
import type { ReadDriver, SqlDriver } from './driver';
import { MIGRATIONS } from './sql';

export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function numberedTexts(): (sql: string) => string {
  const texts = new Map<string, string>();
  return (sql) => {
    let numberedSql = texts.get(sql);
    if (numberedSql === undefined) texts.set(sql, (numberedSql = numbered(sql)));
    return numberedSql;
  };
}

function pool(connectionString: string, max: number): pg.Pool {
  const created = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
  created.on('error', (err) => console.error(`collector: idle PostgreSQL connection failed: ${err.message}`));
  return created;
}

export async function openPostgresDriver(connectionString: string): Promise<SqlDriver> {
  const writes = pool(connectionString, 3);
  const reads = pool(connectionString, 1); // the first window and the total: one row each
  for (const statement of MIGRATIONS) await writes.query(statement);
  const text = numberedTexts();
  return {
    kind: 'postgres',
    all: async (sql, params) => (await reads.query(text(sql), [...params])).rows as Record<string, unknown>[],
    transaction: async (statements) => {
      const client = await writes.connect();
      try {
        await client.query('BEGIN');
        for (const { sql, params } of statements) await client.query(text(sql), [...params]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await Promise.all([writes.end(), reads.end()]);
    },
  };
}

/** A pool for the read worker's queries: a question's series and its buckets are read side by side. */
export function openPostgresReader(connectionString: string): ReadDriver {
  const reads = pool(connectionString, 2);
  const text = numberedTexts();
  return {
    all: async (sql, params) => (await reads.query(text(sql), [...params])).rows as Record<string, unknown>[],
    close: () => reads.end(),
  };
}
