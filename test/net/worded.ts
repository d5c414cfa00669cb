// A result with its error phrase worded by src/shared/say, the helper the popup, the options page and the
// background use, so tests assert the sentence a person reads (from the catalogs given to useCatalogs).
import type { Sub } from '../../src/core/explain';
import { say } from '../../src/shared/say';

type Worded<T> = T extends object ? { [K in keyof T]: K extends 'error' ? string : T[K] } : T;

export function worded<T>(result: T): Worded<T> {
  if (typeof result !== 'object' || result === null || !('error' in result) || result.error === undefined) return result as Worded<T>;
  return { ...result, error: say(result.error as Sub) } as Worded<T>;
}
