// What an HTTP status means, in a few words from _locales (Cloudflare's 52x included: they are its own).
import type { ExplainKey } from './explain-keys';

const STATUS_KEYS: Readonly<Record<number, ExplainKey>> = {
  200: 'popupStatus200', 202: 'popupStatus202',
  400: 'popupStatus400', 401: 'popupStatus401', 402: 'popupStatus402', 403: 'popupStatus403', 404: 'popupStatus404',
  405: 'popupStatus405', 408: 'popupStatus408', 409: 'popupStatus409', 410: 'popupStatus410', 413: 'popupStatus413',
  429: 'popupStatus429', 451: 'popupStatus451',
  500: 'popupStatus500', 501: 'popupStatus501', 502: 'popupStatus502', 503: 'popupStatus503', 504: 'popupStatus504',
  520: 'popupStatus520', 521: 'popupStatus521', 522: 'popupStatus522', 523: 'popupStatus523', 524: 'popupStatus524',
  525: 'popupStatus525', 526: 'popupStatus526', 530: 'popupStatus530',
};

export function statusMeaningKey(status: number): ExplainKey {
  if (Object.hasOwn(STATUS_KEYS, status)) return STATUS_KEYS[status] as ExplainKey;
  if (!Number.isInteger(status) || status < 100 || status > 599) return 'popupStatusNonstandard';
  if (status >= 500) return 'popupStatus5xx';
  if (status >= 400) return 'popupStatus4xx';
  return 'popupStatusOther';
}
