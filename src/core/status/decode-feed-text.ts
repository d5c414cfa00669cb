// Feed bytes → text. AWS Health's currentevents is served as UTF-16 (with a BOM, per community parsers
// [O], though some read it as big-endian without one), so the encoding is read from the bytes: a BOM, or
// the NULs every other byte that ASCII-range JSON has in UTF-16.

export function decodeFeedText(body: Uint8Array | ArrayBuffer | string): string {
  if (typeof body === 'string') return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const encoding = sniff(bytes);
  const skip = encoding === 'utf-8' ? (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0) : (hasUtf16Bom(bytes) ? 2 : 0);
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function sniff(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // No BOM: count NULs at even and odd offsets over the first bytes.
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (n >= 2 && odd >= n / 4 && even === 0) return 'utf-16le';
  if (n >= 2 && even >= n / 4 && odd === 0) return 'utf-16be';
  return 'utf-8';
}
