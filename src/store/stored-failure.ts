// FailureRecord ⇄ the stored form, which adds the indexable providerKey.
import type { FailureRecord, StoredFailure } from './schema';

export function toStored(record: FailureRecord): StoredFailure {
  return { ...record, providerKey: record.provider ?? '' };
}

export function fromStored(stored: StoredFailure): FailureRecord {
  const { providerKey: _, ...record } = stored;
  return record;
}
