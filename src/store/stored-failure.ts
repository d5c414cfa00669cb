// FailureRecord ⇄ the stored form, which adds the indexable providerKey and filterKeys. A failure stored
// before Diagnosis carried the network error's name is read as one that does: the name was the first
// evidence line's start ("ERR_CONNECTION_TIMED_OUT: the connection timed out").
import { isNetworkErrorName } from '../core/network-errors';
import { filterKeysOf } from './filter-keys';
import type { FailureRecord, StoredFailure } from './schema';

export function toStored(record: FailureRecord): StoredFailure {
  const providerKey = record.provider ?? '';
  return { ...record, providerKey, filterKeys: filterKeysOf({ host: record.host, providerKey, time: record.time }) };
}

export function fromStored(stored: StoredFailure): FailureRecord {
  const { providerKey: _, filterKeys: __, ...record } = stored;
  const { diagnosis } = record;
  if (diagnosis.status !== undefined || diagnosis.networkError !== undefined) return record;
  const name = typeof diagnosis.evidence?.[0] === 'string' ? diagnosis.evidence[0].split(':', 1)[0] ?? '' : '';
  return isNetworkErrorName(name) ? { ...record, diagnosis: { ...diagnosis, networkError: name } } : record;
}
