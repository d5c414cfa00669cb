// PostgreSQL when a DATABASE_URL is given, embedded SQLite otherwise.
import { openPostgresDriver } from './postgres-driver';
import { createReportStore, type ReportStore } from './report-store';
import { openSqliteDriver } from './sqlite-driver';

export async function openStore(options: { databaseUrl?: string; sqlitePath: string }): Promise<ReportStore> {
  const driver = options.databaseUrl !== undefined ? await openPostgresDriver(options.databaseUrl) : openSqliteDriver(options.sqlitePath);
  return createReportStore(driver);
}
