// What the status says when something is wrong, in words a person can read (the browser's language).
import { t, uiLanguage } from '../shared/i18n';

const count = (n: number) => n.toLocaleString(uiLanguage());

export function unavailableProblem(reason: string, cap: number): string {
  return t('storeUnavailable', reason, count(cap));
}

/** Why opening failed, for unavailableProblem. */
export function unavailableReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'InvalidStateError') return t('storeReasonPrivateWindow', error.name);
  return error.message ? `${error.name}: ${error.message}` : error.name;
}

export function storageFullProblem(kept: number, cap: number): string {
  return t('storeFull', count(kept), count(cap));
}

export function writeFailedProblem(error: unknown, kept: number): string {
  const what = error instanceof Error ? `${error.name}${error.message ? `: ${error.message}` : ''}` : String(error);
  return t('storeWriteFailed', what, count(kept));
}

/** While an upgrade waits for another page; a function, so the words are read once the catalog is there. */
export function blockedProblem(): string {
  return t('storeBlocked');
}
