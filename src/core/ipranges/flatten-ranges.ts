// Nested CIDRs → sorted, non-overlapping segments where the most specific range owns each address, so a
// lookup is one binary search. Addresses are four 32-bit words (IPv4 uses the last); build time only.
// A sweep over the prefixes sorted by start (then length): a stack holds the ranges still open.

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
  order.sort((a, b) => byStart(prefixes[a] as Prefix<T>, prefixes[b] as Prefix<T>) || a - b);
  const sweep = new Sweep<T>();
  for (const index of order) sweep.open(prefixes[index] as Prefix<T>);
  sweep.closeUntil(undefined);
  return sweep.out;
}

class Sweep<T> {
  readonly out: Segment<T>[] = [];
  private readonly stack: Prefix<T>[] = [];
  private cursor: Words | undefined; // next address not yet emitted; undefined once past the top of the space

  open(prefix: Prefix<T>): void {
    this.closeUntil(prefix.start);
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) this.emit(this.cursor, decrement(prefix.start), top.owner);
    this.cursor = prefix.start;
    this.stack.push(prefix);
  }

  /** Emits and pops every open range that ends before `limit` (all of them when undefined). */
  closeUntil(limit: Words | undefined): void {
    for (let top = this.stack[this.stack.length - 1]; top !== undefined; top = this.stack[this.stack.length - 1]) {
      if (limit !== undefined && compare(top.end, limit) >= 0) return;
      this.emit(this.cursor, top.end, top.owner);
      if (this.cursor !== undefined && compare(this.cursor, top.end) <= 0) this.cursor = increment(top.end);
      this.stack.pop();
    }
  }

  private emit(from: Words | undefined, to: Words, owner: T): void {
    if (from === undefined || compare(from, to) > 0) return;
    const last = this.out[this.out.length - 1];
    if (last !== undefined && last.owner === owner && isNext(last.end, from)) last.end = to;
    else this.out.push({ start: from, end: to, owner });
  }
}

function byStart<T>(a: Prefix<T>, b: Prefix<T>): number {
  return compare(a.start, b.start) || a.bits - b.bits;
}

export function compare(a: Words, b: Words): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];
}

function isNext(end: Words, start: Words): boolean {
  // end + 1 === start, without building end + 1
  let i = 3;
  while (i >= 0 && end[i] === 0xffffffff && start[i] === 0) i--;
  if (i < 0 || (end[i] as number) + 1 !== start[i]) return false;
  for (let k = 0; k < i; k++) if (end[k] !== start[k]) return false;
  return true;
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
