// The opt-in report-sharing settings (shared/docs/sharing.md): off by default, each disclosure its own switch.
import { t } from './i18n';

export const SHARING_DEFAULTS = {
  sharing: false,
  sharePop: false,
  shareDomain: false,
  collectorUrl: '', // none: Detour runs no collector; sharing stays off until the person enters one
};

export type SharingSettings = typeof SHARING_DEFAULTS;

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost']);

/** Why a collector URL cannot be used, or undefined when it can. https only; plain http only to this
 * machine (127.0.0.1, localhost), for running a collector locally and for the end-to-end tests. */
export function collectorUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return t('settingsNotUrl');
  }
  if (url.username !== '' || url.password !== '') return t('settingsCredentials');
  if (url.search !== '' || url.hash !== '') return t('settingsQuery');
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return t('settingsCollectorHttps');
}

/** The collector's base URL without a trailing slash, so `+ '/v1/reports'` is right. */
export function collectorBase(value: string): string {
  return value.replace(/\/+$/, '');
}

/** A problem with one stored sharing value, or undefined when it is valid. */
export function sharingValueProblem(key: keyof SharingSettings, value: unknown): string | undefined {
  if (key === 'collectorUrl') {
    if (typeof value !== 'string') return t('settingsNotString');
    return value === '' ? undefined : collectorUrlProblem(value);
  }
  return typeof value === 'boolean' ? undefined : t('settingsNotBoolean');
}
