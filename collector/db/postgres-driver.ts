// PostgreSQL (pg) for deployments that outgrow one machine. Same SQL as SQLite; `?` placeholders become
// `$n`. A write is one transaction of multi-row upserts; COMMIT returns once PostgreSQL has flushed it.
import pg from 'pg';
import type { SqlDriver } from './driver';
import { MIGRATIONS, upsertSql } from './sql';

const ROWS_PER_STATEMENT = 500; // 9 parameters a row, well under PostgreSQL's 65,535

export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function openPostgresDriver(connectionString: string): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 30_000 });
  pool.on('error', (err) => console.error(`collector: idle PostgreSQL connection failed: ${err.message}`));
  for (const statement of MIGRATIONS) await pool.query(statement);
  const statements = new Map<number, string>();
  const upsertText = (count: number): string => {
    let text = statements.get(count);
    if (text === undefined) statements.set(count, (text = numbered(upsertSql(count))));
    return text;
  };
  return {
    kind: 'postgres',
    all: async (sql, params) => (await pool.query(numbered(sql), [...params])).rows as Record<string, unknown>[],
    upsert: async (rows) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
          const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
          await client.query(upsertText(chunk.length), chunk.flatMap((row) => [...row.values, row.n]));
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
