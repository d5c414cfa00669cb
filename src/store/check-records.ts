// A record that IndexedDB would refuse (or silently leave out of an index) is refused up front, so that it
// never sits in a batch, or in memory waiting for a retry that cannot succeed.
import type { FailureRecord, HostRecord, PageRecord } from './schema';

export function checkFailure(record: FailureRecord): void {
  refuse('record', [
    typeof record.id === 'string' && record.id !== '' ? '' : 'id must be a non-empty string',
    Number.isInteger(record.tabId) ? '' : 'tabId must be an integer',
    typeof record.pageId === 'string' ? '' : 'pageId must be a string',
    Number.isFinite(record.time) ? '' : 'time must be a finite number',
    record.provider === null || typeof record.provider === 'string' ? '' : 'provider must be a string or null',
  ]);
}

export function checkPage(page: PageRecord): void {
  refuse('setPage', [
    Number.isInteger(page.tabId) ? '' : 'tabId must be an integer',
    typeof page.pageId === 'string' ? '' : 'pageId must be a string',
  ]);
}

export function checkHosts(hosts: readonly HostRecord[]): void {
  refuse('putHosts', [hosts.every((host) => typeof host.host === 'string' && host.host !== '') ? '' : 'every host must be a non-empty string']);
}

function refuse(what: string, problems: string[]): void {
  const found = problems.filter(Boolean);
  if (found.length > 0) throw new TypeError(`${what}: ${found.join('; ')}`);
}
