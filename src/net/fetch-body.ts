// One GET with a timeout, no cookies, and a size ceiling; every failure comes back as a phrase that names
// the host, for the popup, the options page and the logs to word (shared/say). Never throws.
import { phrase, type Phrase } from '../core/explain';

export type FetchImpl = typeof fetch;

export interface FetchBodyOptions {
  timeoutMs: number;
  maxBytes?: number; // default 32 MiB: AWS's list, the largest Detour reads, is ~2 MiB
  accept?: string;
}

export type FetchBodyResult = { ok: true; bytes: Uint8Array; status: number } | { ok: false; error: Phrase };

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export async function fetchBody(url: string, fetchImpl: FetchImpl, options: FetchBodyOptions): Promise<FetchBodyResult> {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, error: phrase('netNotWebAddress', parsed.protocol) };
    host = parsed.host;
  } catch {
    return { ok: false, error: phrase('netNotUrl', url.slice(0, 80)) };
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
      headers: { accept: options.accept ?? 'application/json, text/plain;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: response.statusText ? phrase('netHttpText', host, response.status, response.statusText) : phrase('netHttp', host, response.status) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: phrase('netTooBigDeclared', host, declared, maxBytes) };
    }
    const bytes = await readCapped(response, maxBytes);
    if (bytes === undefined) return { ok: false, error: phrase('netTooBig', host, maxBytes) };
    return { ok: true, bytes, status: response.status };
  } catch (error) {
    return { ok: false, error: describeError(error, host, options.timeoutMs) };
  }
}

/** Reads a body, giving up (undefined) once it passes maxBytes. */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** A fetch failure as a phrase: a timeout, or why the host could not be reached. */
export function describeError(error: unknown, host: string, timeoutMs: number): Phrase {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return phrase('netTimeout', host, timeoutMs);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const message = error instanceof Error ? error.message : String(error);
  return phrase('netUnreachable', host, `${message.slice(0, 120)}${cause.slice(0, 120)}`);
}
