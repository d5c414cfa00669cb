// RFC 5952 text for an IPv6 address held as four 32-bit words: lower-case hex, no leading zeros, the
// longest run of two or more zero groups (the first, on a tie) written as '::'.

const GROUPS = new Uint16Array(8);

export function formatIPv6(words: ArrayLike<number>): string {
  for (let i = 0; i < 4; i++) {
    const word = words[i] ?? 0;
    GROUPS[2 * i] = word >>> 16;
    GROUPS[2 * i + 1] = word & 0xffff;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (GROUPS[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && GROUPS[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestStart < 0) return hexRun(0, 8);
  return `${hexRun(0, bestStart)}::${hexRun(bestStart + bestLength, 8)}`;
}

function hexRun(from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += i === from ? (GROUPS[i] ?? 0).toString(16) : `:${(GROUPS[i] ?? 0).toString(16)}`;
  return out;
}
