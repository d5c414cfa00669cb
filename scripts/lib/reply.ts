// One HTTP response the scenario server plays back.

export interface Reply {
  status: number;
  /** Reason phrase on the status line (Fastly puts its error reason there); defaults to the standard one. */
  statusText?: string;
  /** As the provider sends them, minus `date`, `content-length` and `connection`, which the server adds. */
  headers: Record<string, string>;
  body: string;
  /** Wait this long before answering, so that a burst of requests keeps arriving for a while. */
  delayMs?: number;
}

/** A reply made per request: `n` counts requests to the same host (from 1), for unique request IDs. */
export type ReplyFor = (n: number) => Reply;

/** `count` hex digits derived from a seed and n: request IDs that differ per request but not per run. */
export function hexId(seed: number, n: number, count = 16): string {
  let value = (BigInt(seed) * 0x9e3779b97f4a7c15n + BigInt(n) * 0xbf58476d1ce4e5b9n) & ((1n << 64n) - 1n);
  let out = '';
  while (out.length < count) {
    value = (value * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    out += (value >> 32n).toString(16).padStart(8, '0');
  }
  return out.slice(0, count);
}

/**
 * A base64 request ID of `length` characters plus padding: URL-safe like CloudFront's `x-amz-cf-id`
 * (54 + '=='), or standard like S3's `x-amz-id-2`.
 */
export function base64Id(seed: number, n: number, { length = 54, padding = '==', urlSafe = true } = {}): string {
  const bytes = Buffer.from(hexId(seed, n, Math.ceil((length * 3) / 4) * 2 + 2), 'hex');
  return `${bytes.toString(urlSafe ? 'base64url' : 'base64').slice(0, length)}${padding}`;
}
