// Distinct keys (registrable domains, or pops) seen in the last windowMs. A Map kept in order of last
// sighting: re-adding moves a key to the end, expiry trims from the front. O(1) amortised per add.
export class DomainWindow {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly cap: number,
  ) {}

  /** Times must not go backwards (the detector clamps them). */
  add(key: string, time: number): void {
    this.seen.delete(key);
    this.seen.set(key, time);
    if (this.seen.size > this.cap) {
      const oldest = this.seen.keys().next();
      if (oldest.done !== true) this.seen.delete(oldest.value);
    }
  }

  /** Distinct keys seen in (now - windowMs, now]. */
  count(now: number): number {
    this.expire(now);
    return this.seen.size;
  }

  /** The most recently seen keys, newest first. */
  recent(n: number, now: number): string[] {
    this.expire(now);
    const keys = [...this.seen.keys()];
    return keys.slice(Math.max(0, keys.length - n)).reverse();
  }

  isEmpty(now: number): boolean {
    return this.count(now) === 0;
  }

  private expire(now: number): void {
    const cutoff = now - this.windowMs;
    for (const [key, time] of this.seen) {
      if (time > cutoff) return;
      this.seen.delete(key);
    }
  }
}
