// Like fetchBody, but hands back every status with its headers and final URL, and can leave a redirect
// unfollowed: the mirror lookups read a 404 as "nothing archived" and archive.today's answer is a
// redirect. Same rules: a timeout, no cookies, a size ceiling, a phrase naming the host on failure.
import { phrase, type Phrase } from '../core/explain';
import { type FetchImpl, describeError, readCapped } from './fetch-body';

export interface FetchAnswerOptions {
  timeoutMs: number;
  maxBytes: number;
  accept?: string;
  redirect?: 'follow' | 'manual';
  skipBody?: boolean; // only the status, headers and URL matter: cancel the body unread
}

export type FetchAnswer =
  | { ok: true; status: number; type: ResponseType; url: string; headers: Headers; bytes: Uint8Array; host: string }
  | { ok: false; error: Phrase; host: string };

export async function fetchAnswer(url: string, fetchImpl: FetchImpl, options: FetchAnswerOptions): Promise<FetchAnswer> {
  let host: string;
  try {
    const parsed = new URL(url);
    host = parsed.host;
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, host, error: phrase('netNotWebAddress', parsed.protocol) };
  } catch {
    return { ok: false, host: '', error: phrase('netNotUrl', url.slice(0, 80)) };
  }
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-cache',
      redirect: options.redirect ?? 'follow',
      headers: { accept: options.accept ?? 'application/json, text/plain;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const base = { ok: true as const, status: response.status, type: response.type, url: response.url || url, headers: response.headers, host };
    if (options.skipBody === true) {
      await response.body?.cancel().catch(() => undefined);
      return { ...base, bytes: new Uint8Array(0) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, host, error: phrase('netTooBigDeclared', host, declared, options.maxBytes) };
    }
    const bytes = await readCapped(response, options.maxBytes);
    if (bytes === undefined) return { ok: false, host, error: phrase('netTooBig', host, options.maxBytes) };
    return { ...base, bytes };
  } catch (error) {
    return { ok: false, host, error: describeError(error, host, options.timeoutMs) };
  }
}

export { describeError };

export function readJson(bytes: Uint8Array, host: string): { ok: true; value: unknown } | { ok: false; error: Phrase } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes)) as unknown };
  } catch (error) {
    return { ok: false, error: phrase('netNotJson', host, error instanceof Error ? error.message.slice(0, 80) : String(error).slice(0, 80)) };
  }
}
