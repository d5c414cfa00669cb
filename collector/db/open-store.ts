// PostgreSQL when a DATABASE_URL is given, embedded SQLite otherwise.
import { openPostgresDriver, openPostgresReader } from './postgres-driver';
import { createReportReader, createReportStore, type ReportReader, type ReportStore } from './report-store';
import { openSqliteDriver, openSqliteReader } from './sqlite-driver';

/** Where the reports are: a PostgreSQL connection string, or else a SQLite file. */
export interface StoreLocation {
  databaseUrl?: string;
  sqlitePath: string;
}

export async function openStore(location: StoreLocation): Promise<ReportStore> {
  const driver = location.databaseUrl !== undefined ? await openPostgresDriver(location.databaseUrl) : openSqliteDriver(location.sqlitePath);
  return createReportStore(driver);
}

/** Reads only, on a connection of their own, for a database openStore has created (the read worker's). */
export function openReader(location: StoreLocation): ReportReader & { close(): Promise<void> } {
  const driver = location.databaseUrl !== undefined ? openPostgresReader(location.databaseUrl) : openSqliteReader(location.sqlitePath);
  return { ...createReportReader(driver), close: () => driver.close() };
}
