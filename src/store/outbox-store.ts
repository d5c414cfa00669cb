// The store's outbox of opt-in reports and its small meta values, shared by both implementations.
import type { OutboxRecord } from './schema';

export interface OutboxStore {
  /** Saves reports to send; one written again under the same id (its de-duplication key) replaces it. */
  queueReports(records: readonly OutboxRecord[]): Promise<void>;
  /** The oldest queued reports first, at most limit. */
  outbox(limit?: number): Promise<OutboxRecord[]>;
  /** Forgets reports the collector acknowledged (or refused for good). */
  removeFromOutbox(ids: readonly string[]): Promise<void>;
  /** Forgets every unsent report (sharing was turned off). */
  clearOutbox(): Promise<void>;
  getMeta(key: string): Promise<unknown>;
  setMeta(key: string, value: unknown): Promise<void>;
}

export function checkOutboxRecords(records: readonly OutboxRecord[]): void {
  const bad = records.find((record) => typeof record.id !== 'string' || record.id === '' || !Number.isFinite(record.queuedAt));
  if (bad !== undefined) throw new TypeError('queueReports: every record needs a non-empty id and a finite queuedAt');
}
