// What the report store needs from a database: the tiny adapter each engine implements.

export interface Statement {
  sql: string; // `?` placeholders
  params: readonly unknown[];
}

export interface SqlDriver {
  readonly kind: 'sqlite' | 'postgres';
  /** Rows of a read query. Reads never wait for a write's connection (SQLite: they run on its thread). */
  all(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs the statements in one transaction; resolves only once it is committed. */
  transaction(statements: readonly Statement[]): Promise<void>;
  close(): Promise<void>;
}

/** A connection for reads only, opened where the reads are answered (the read worker). */
export type ReadDriver = Pick<SqlDriver, 'all' | 'close'>;
