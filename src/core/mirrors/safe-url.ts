// Every link Detour offers goes through here: https: only, a real host, no credentials.
const MAX_URL = 4096;

/** The URL, normalised, when it is an https: address safe to offer as a link; otherwise undefined. */
export function safeHttpsUrl(value: unknown): string | undefined {
  const url = parseWebUrl(value);
  return url !== undefined && url.protocol === 'https:' ? url.href : undefined;
}

/** An http(s) URL with a host and without user:password, or undefined. */
/** Control characters and spaces are not in any address Detour should pass on. */
export function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function parseWebUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL) return undefined;
  if (hasControlOrSpace(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url;
}
