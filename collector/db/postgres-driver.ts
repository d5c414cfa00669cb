// PostgreSQL (pg) for deployments that outgrow one machine. Same SQL as SQLite; `?` placeholders become
// `$n`. A write is one transaction; COMMIT returns once PostgreSQL has flushed it. Reads have a pool of
// their own, so a slow read never holds the connection an acknowledgement waits for.
import pg from 'pg';
import type { SqlDriver } from './driver';
import { MIGRATIONS } from './sql';

export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function openPostgresDriver(connectionString: string): Promise<SqlDriver> {
  const writes = new pg.Pool({ connectionString, max: 3, idleTimeoutMillis: 30_000 });
  const reads = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 30_000 });
  for (const pool of [writes, reads]) pool.on('error', (err) => console.error(`collector: idle PostgreSQL connection failed: ${err.message}`));
  for (const statement of MIGRATIONS) await writes.query(statement);
  const texts = new Map<string, string>();
  const text = (sql: string): string => {
    let numberedSql = texts.get(sql);
    if (numberedSql === undefined) texts.set(sql, (numberedSql = numbered(sql)));
    return numberedSql;
  };
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
