// What the person typed, checked before anything is saved, with the reason in their language. The rules
// are the settings' own (mirror-settings.ts, settings.ts); only the wording lives here.
import { t, type MessageKey } from '../shared/i18n';
import { serviceUrlReason, type UrlReason } from '../shared/mirror-settings';

export type Checked<T> = { value: T } | { error: string };

export const URL_REASON_KEYS: Record<UrlReason, MessageKey> = {
  'not-url': 'optionsErrorNotUrl',
  'not-https': 'optionsErrorNotHttps',
  credentials: 'optionsErrorCredentials',
  query: 'optionsErrorQuery',
  'not-origin': 'optionsErrorNotOrigin',
};

/** A whole number from min to max, typed as text (an empty field, 1.5 or 1e3 are refused). */
export function checkWholeNumber(text: string, { min, max }: { min: number; max: number }): Checked<number> {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return Number.isSafeInteger(value) && value >= min && value <= max ? { value } : { error: t('optionsErrorWholeNumber', min, max) };
}

/** An https: base URL for a service, without the trailing slash the clients would double. */
export function checkServiceUrl(text: string, { required }: { required: boolean }): Checked<string> {
  const trimmed = text.trim();
  if (trimmed === '') return required ? { error: t('optionsErrorRequired') } : { value: '' };
  const reason = serviceUrlReason(trimmed);
  if (reason !== undefined) return { error: t(URL_REASON_KEYS[reason]) };
  return { value: trimmed.replace(/\/+$/, '') };
}
