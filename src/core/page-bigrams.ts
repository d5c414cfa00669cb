// Error pages run to kilobytes, and dozens of provider signals each look for a few plain strings in them.
// One pass notes which pairs of adjacent characters the page holds; a string with a pair the page lacks
// cannot be in it, so most signals are ruled out without scanning the page again. Pairs are folded to 7
// bits a character (a non-ASCII pair may then look present: that only costs a real search).
const SLOTS = 1 << 14;
const seen = new Uint32Array(SLOTS);
let generation = 0;

/** Notes the page's character pairs; valid until the next call (classify is synchronous). */
export function notePairs(page: string): void {
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    seen.fill(0);
    generation = 1;
  }
  let prev = page.charCodeAt(0) & 127;
  for (let i = 1; i < page.length; i++) {
    const c = page.charCodeAt(i) & 127;
    seen[(prev << 7) | c] = generation;
    prev = c;
  }
}

/** The pairs a string is made of, to test against the last page noted. */
export function pairsOf(text: string): Uint16Array {
  const slots = new Set<number>();
  for (let i = 1; i < text.length; i++) slots.add(((text.charCodeAt(i - 1) & 127) << 7) | (text.charCodeAt(i) & 127));
  return Uint16Array.from(slots);
}

/** False when the last page noted cannot contain a string with these pairs. */
export function mayHold(pairs: Uint16Array): boolean {
  for (let i = 0; i < pairs.length; i++) if (seen[pairs[i] as number] !== generation) return false;
  return true;
}
