// What sharing keeps in the store's meta: the last batch sent (its exact bytes), the retry backoff, and
// the last sending problem, for the options page. Readers check the shape: meta is shared with others.
import type { Report } from '../core/report';

export const LAST_BATCH_KEY = 'sharing-last-batch';
export const BACKOFF_KEY = 'sharing-backoff';
export const PROBLEM_KEY = 'sharing-problem';

export interface LastBatch {
  body: string; // exactly as sent
  sentAt: number;
  reports: Report[];
}

export interface Backoff {
  attempts: number; // failed sends in a row
  nextAt: number; // ms since the epoch: no send before
}

export interface SendingProblem {
  at: number;
  message: string;
  dropped: number; // reports the collector refused for good (a 4xx); 0 when they wait for a retry
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

export function readLastBatch(value: unknown): LastBatch | undefined {
  if (!isObject(value) || typeof value.body !== 'string' || typeof value.sentAt !== 'number') return undefined;
  try {
    const parsed: unknown = JSON.parse(value.body);
    const reports = isObject(parsed) && Array.isArray(parsed.reports) ? (parsed.reports as Report[]) : [];
    return { body: value.body, sentAt: value.sentAt, reports };
  } catch {
    return undefined;
  }
}

export function readBackoff(value: unknown): Backoff {
  return isObject(value) && typeof value.attempts === 'number' && typeof value.nextAt === 'number'
    ? { attempts: value.attempts, nextAt: value.nextAt }
    : { attempts: 0, nextAt: 0 };
}

export function readProblem(value: unknown): SendingProblem | undefined {
  return isObject(value) && typeof value.at === 'number' && typeof value.message === 'string' && typeof value.dropped === 'number'
    ? { at: value.at, message: value.message, dropped: value.dropped }
    : undefined;
}
