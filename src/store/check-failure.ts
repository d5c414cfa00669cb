// A record that IndexedDB would refuse (or silently leave out of an index) is refused up front, so that it
// never sits in a batch, or in memory waiting for a retry that cannot succeed.
import type { FailureRecord } from './schema';

export function checkFailure(record: FailureRecord): void {
  const problems = [
    typeof record.id === 'string' && record.id !== '' ? '' : 'id must be a non-empty string',
    Number.isInteger(record.tabId) ? '' : 'tabId must be an integer',
    typeof record.pageId === 'string' ? '' : 'pageId must be a string',
    Number.isFinite(record.time) ? '' : 'time must be a finite number',
    record.provider === null || typeof record.provider === 'string' ? '' : 'provider must be a string or null',
  ].filter(Boolean);
  if (problems.length > 0) throw new TypeError(`record: ${problems.join('; ')}`);
}
