// Network clients for outage awareness: each with a timeout, no cookies and a clear error.
export { fetchBody, type FetchBodyOptions, type FetchBodyResult, type FetchImpl } from './fetch-body';
export { STATUS_MIN_INTERVAL_MS, createStatusCache, fetchStatus, type FetchStatusOptions, type StatusCache } from './fetch-status';
