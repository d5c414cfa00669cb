// What the status says when something is wrong, as phrases the popup words in the browser's language.
import { phrase, type Phrase, type Sub } from '../core/explain';

export function unavailableProblem(reason: Sub, cap: number): Phrase {
  return phrase('storeUnavailable', reason, { count: cap });
}

/** Why opening failed, for unavailableProblem. */
export function unavailableReason(error: unknown): Sub {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'InvalidStateError') return phrase('storeReasonPrivateWindow', error.name);
  return error.message ? `${error.name}: ${error.message}` : error.name;
}

export function storageFullProblem(kept: number, cap: number): Phrase {
  return phrase('storeFull', { count: kept }, { count: cap });
}

export function writeFailedProblem(error: unknown, kept: number): Phrase {
  const what = error instanceof Error ? `${error.name}${error.message ? `: ${error.message}` : ''}` : String(error);
  return phrase('storeWriteFailed', what, { count: kept });
}

/** While an upgrade waits for another page to close its connection. */
export function blockedProblem(): Phrase {
  return phrase('storeBlocked');
}

export function isBlockedProblem(problem: Phrase | undefined): boolean {
  return problem?.key === blockedProblem().key;
}
