// Server addresses as the browser reports them → numbers, on the lookup's hot path. Hand-written because
// ipaddr.js takes ~1.2 µs for an IPv6 address; lists are still parsed by ipaddr.js (parse-cidr.ts), and a
// property test checks these against it.

/** A dotted quad → unsigned 32-bit value, or -1. */
export function parseIPv4(text: string, start = 0, end = text.length): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return -1; // leading zero: octal in some parsers, so refuse it
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

/** An IPv6 address (brackets and a zone allowed) → four 32-bit words in `out`; false if it is not one. */
export function parseIPv6(text: string, out: Uint32Array): boolean {
  let start = 0;
  let end = text.length;
  if (text.charCodeAt(0) === 91 && text.charCodeAt(end - 1) === 93) {
    start = 1;
    end -= 1;
  }
  const zone = text.indexOf('%', start);
  if (zone >= 0 && zone < end) end = zone;
  const groups = GROUPS;
  let count = 0;
  let gap = -1;
  let i = start;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return false;
    gap = 0;
    i += 2;
  }
  while (i < end) {
    const groupStart = i;
    let value = 0;
    let digits = 0;
    for (; i < end && digits <= 4; i++) {
      const h = hex(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
    }
    if (i < end && text.charCodeAt(i) === 46) {
      const v4 = parseIPv4(text, groupStart, end);
      if (v4 < 0 || count > 6) return false;
      groups[count++] = v4 >>> 16;
      groups[count++] = v4 & 0xffff;
      i = end;
      break;
    }
    if (digits === 0 || digits > 4 || count >= 8) return false;
    groups[count++] = value;
    if (i === end) break;
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    if (text.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = count;
      i++;
    } else if (i === end) {
      return false;
    }
  }
  if (gap < 0 ? count !== 8 : count > 7) return false;
  const zeros = 8 - count;
  for (let w = 0; w < 4; w++) {
    out[w] = ((group(groups, 2 * w, gap, zeros) << 16) | group(groups, 2 * w + 1, gap, zeros)) >>> 0;
  }
  return true;
}

const GROUPS = new Uint16Array(8);

function group(groups: Uint16Array, index: number, gap: number, zeros: number): number {
  if (gap < 0 || index < gap) return groups[index] ?? 0;
  if (index < gap + zeros) return 0;
  return groups[index - zeros] ?? 0;
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
