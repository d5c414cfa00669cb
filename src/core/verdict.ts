// Small shared readings used by every provider module.
import type { Failure } from './types';
import type { Layer, Verdict } from './signals';

/** What a status alone says, for an answer a layer relayed rather than produced. */
export function failureOfStatus(status: number): Failure {
  if (status >= 100 && status < 400) return 'none';
  // Rate limited, or refused for want of credentials or rights: deliberate, not an outage (architecture.md).
  if (status === 429 || status === 401 || status === 403) return 'block';
  if (status >= 400 && status < 500) return 'client';
  if (status >= 500 && status < 600) return 'origin';
  return 'unknown';
}

/** The reading for an error a layer passed through from further in. */
export function relayed(layer: Layer, status: number): Verdict {
  const failure = failureOfStatus(status);
  const who = layer.module.name;
  const evidence =
    failure === 'origin' ? `status ${status} passed through ${who}: the page is not ${who}'s own error page`
    : failure === 'block' ? `status ${status}: ${status === 429 ? 'rate limited' : 'access refused'}`
    : `status ${status} from the site behind ${who}`;
  return { failure, generated: false, evidence: [evidence] };
}

export function generated(failure: Failure, evidence: string, code?: string, service?: string): Verdict {
  const verdict: Verdict = { failure, generated: true, evidence: [evidence] };
  if (code !== undefined) verdict.code = code;
  if (service !== undefined) verdict.service = service;
  return verdict;
}

/** The three-letter code after the last '-' (cf-ray's data centre, x-served-by's POP), upper-cased. */
export function suffixCode(value: string): string | undefined {
  const v = value.trim();
  const dash = v.lastIndexOf('-');
  if (dash < 0 || v.length - dash !== 4) return undefined;
  for (let i = dash + 1; i < v.length; i++) {
    const c = v.charCodeAt(i) | 32; // ASCII letters fold to lower case
    if (c < 97 || c > 122) return undefined;
  }
  return v.slice(dash + 1).toUpperCase();
}

/** Reads a table of exact codes, then of code prefixes. */
export function lookupCode<T>(table: Readonly<Record<string, T>>, prefixes: readonly [string, T][], code: string): T | undefined {
  if (Object.hasOwn(table, code)) return table[code];
  for (const [prefix, value] of prefixes) if (code.startsWith(prefix)) return value;
  return undefined;
}

/**
 * A lookup table keyed by strings that come from responses: without a prototype, so a header or page that
 * says "constructor" or "__proto__" finds nothing rather than Object's own properties.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
