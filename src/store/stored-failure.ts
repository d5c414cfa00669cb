// FailureRecord ⇄ the stored form, which adds the indexable providerKey and filterKeys.
import { filterKeysOf } from './filter-keys';
import type { FailureRecord, StoredFailure } from './schema';

export function toStored(record: FailureRecord): StoredFailure {
  const providerKey = record.provider ?? '';
  return { ...record, providerKey, filterKeys: filterKeysOf({ host: record.host, providerKey, time: record.time }) };
}

export function fromStored(stored: StoredFailure): FailureRecord {
  const { providerKey: _, filterKeys: __, ...record } = stored;
  return record;
}
