// Words for one history entry: its provider, its failure in a few words, its status, its time.
import { providerName } from '../../core/incidents/provider-name';
import type { Failure } from '../../core/types';
import { t, type MessageKey } from '../../shared/i18n';
import type { HistoryItem } from '../../shared/history-messages';

const FAILURE_KEYS: Record<Failure, MessageKey> = {
  edge: 'historyFailureEdge',
  origin: 'historyFailureOrigin',
  block: 'historyFailureBlock',
  client: 'historyFailureClient',
  none: 'historyFailureNone',
  unknown: 'historyFailureUnknown',
};

export function providerLabel(provider: string | null | 'other'): string {
  if (provider === null) return t('historyProviderNone');
  if (provider === 'other') return t('historyProviderOther');
  return providerName(provider);
}

export function failureLabel(failure: Failure): string {
  return t(FAILURE_KEYS[failure] ?? 'historyFailureUnknown');
}

/** The HTTP status and the provider's own code when it says more ('522', '503 · SlowDown'); a network error has neither. */
export function statusLabel(item: Pick<HistoryItem, 'status' | 'code'>): string {
  const status = item.status === undefined ? '' : String(item.status);
  const code = item.code === undefined || item.code === status ? '' : item.code;
  if (status === '' && code === '') return t('historyStatusNetwork');
  return [status, code].filter(Boolean).join(' · ');
}

/** Today's times as hours and minutes; older ones with their date. */
export function timeLabel(time: number, now: number, locale?: string): string {
  const date = new Date(time);
  const sameDay = date.toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { hour: '2-digit', minute: '2-digit' } : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return date.toLocaleString(locale, options);
}

/** An hour's label on the chart's axis and in its table, e.g. '14:00'. */
export function hourLabel(hourStart: number, locale?: string): string {
  return new Date(hourStart).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}
