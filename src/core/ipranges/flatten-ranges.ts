// Nested CIDRs → sorted, non-overlapping segments where the most specific range owns each address, so a
// lookup is one binary search. Addresses are four 32-bit words (IPv4 uses the last); build time only.

export type Words = [number, number, number, number];

export interface Prefix<T> {
  start: Words;
  end: Words;
  bits: number;
  owner: T;
}

export interface Segment<T> {
  start: Words;
  end: Words;
  owner: T;
}

/** Later prefixes win exact ties (same network, same length). */
export function flattenRanges<T>(prefixes: readonly Prefix<T>[]): Segment<T>[] {
  const order = prefixes.map((_, i) => i);
  order.sort((a, b) => compare((prefixes[a] as Prefix<T>).start, (prefixes[b] as Prefix<T>).start) ||
    (prefixes[a] as Prefix<T>).bits - (prefixes[b] as Prefix<T>).bits || a - b);
  const out: Segment<T>[] = [];
  const stack: Prefix<T>[] = [];
  let cursor: Words | undefined; // next address not yet emitted; undefined once past the top of the space
  const emit = (from: Words | undefined, to: Words, owner: T): void => {
    if (from === undefined || compare(from, to) > 0) return;
    const last = out[out.length - 1];
    if (last !== undefined && last.owner === owner && isNext(last.end, from)) last.end = to;
    else out.push({ start: from, end: to, owner });
  };
  const closeUntil = (limit: Words | undefined): void => {
    for (let top = stack[stack.length - 1]; top !== undefined && (limit === undefined || compare(top.end, limit) < 0); top = stack[stack.length - 1]) {
      emit(cursor, top.end, top.owner);
      if (cursor !== undefined && compare(cursor, top.end) <= 0) cursor = increment(top.end);
      stack.pop();
    }
  };
  for (const index of order) {
    const prefix = prefixes[index] as Prefix<T>;
    closeUntil(prefix.start);
    const top = stack[stack.length - 1];
    if (top !== undefined) emit(cursor, decrement(prefix.start), top.owner);
    cursor = prefix.start;
    stack.push(prefix);
  }
  closeUntil(undefined);
  return out;
}

export function compare(a: Words, b: Words): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];
}

function isNext(end: Words, start: Words): boolean {
  const after = increment(end);
  return after !== undefined && compare(after, start) === 0;
}

/** a + 1, or undefined past the top of the address space. */
function increment(a: Words): Words | undefined {
  const out: Words = [a[0], a[1], a[2], a[3]];
  for (let i = 3; i >= 0; i--) {
    if (out[i] !== 0xffffffff) {
      out[i] = (out[i] as number) + 1;
      return out;
    }
    out[i] = 0;
  }
  return undefined;
}

function decrement(a: Words): Words {
  const out: Words = [a[0], a[1], a[2], a[3]];
  for (let i = 3; i >= 0; i--) {
    if (out[i] !== 0) {
      out[i] = (out[i] as number) - 1;
      return out;
    }
    out[i] = 0xffffffff;
  }
  return out;
}
