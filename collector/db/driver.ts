// What the report store needs from a database: the tiny adapter each engine implements.
import type { CountRow } from './count-rows';

export interface SqlDriver {
  readonly kind: 'sqlite' | 'postgres';
  /** Rows of a read query; `?` placeholders. */
  all(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Adds the rows' counts in one transaction; resolves only once it is committed. */
  upsert(rows: readonly CountRow[]): Promise<void>;
  close(): Promise<void>;
}
