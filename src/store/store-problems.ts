// What the status says when something is wrong, in words a person can read.
const count = (n: number) => n.toLocaleString('en-US');

export function unavailableProblem(reason: string, cap: number): string {
  return (
    `IndexedDB is not available (${reason}): keeping up to ${count(cap)} failures in memory only, oldest dropped ` +
    `first; they are gone when the browser closes or Detour's background stops`
  );
}

/** Why opening failed, for unavailableProblem. */
export function unavailableReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'InvalidStateError') return 'InvalidStateError, as in a Firefox private window';
  return error.message ? `${error.name}: ${error.message}` : error.name;
}

export function storageFullProblem(kept: number, cap: number): string {
  return (
    `storage is full: ${count(kept)} failures not yet saved are kept in memory (at most ${count(cap)}, oldest ` +
    `dropped first); the oldest saved failures were pruned to make room, and saving is retried`
  );
}

export function writeFailedProblem(error: unknown, kept: number): string {
  const what = error instanceof Error ? `${error.name}${error.message ? `: ${error.message}` : ''}` : String(error);
  return `saving failed (${what}): ${count(kept)} failures are kept in memory until the next save succeeds`;
}

export const BLOCKED_PROBLEM =
  'waiting for another open Detour page to close its connection so the database can be upgraded';
