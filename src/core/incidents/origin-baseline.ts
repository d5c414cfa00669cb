// The usual level of origin failures behind a provider: distinct failing domains per window-sized bucket
// over the last baselineMs. Buckets are aligned to multiples of windowMs; a ring holds their counts.
export class OriginBaseline {
  private readonly counts: Float64Array;
  private readonly indices: Float64Array;
  private current = -1;
  private readonly domains = new Set<string>();

  constructor(
    private readonly windowMs: number,
    baselineMs: number,
    private readonly cap: number,
  ) {
    const slots = Math.max(1, Math.round(baselineMs / windowMs));
    this.counts = new Float64Array(slots);
    this.indices = new Float64Array(slots).fill(-1);
  }

  add(domain: string, time: number): void {
    const index = Math.floor(time / this.windowMs);
    if (index !== this.current) this.roll(index);
    if (this.domains.size < this.cap) this.domains.add(domain);
  }

  /** Mean distinct domains per bucket over the buckets before the one holding `now` (silent ones count as 0). */
  average(now: number): number {
    const index = Math.floor(now / this.windowMs);
    if (index !== this.current) this.roll(index);
    const slots = this.counts.length;
    let sum = 0;
    for (let i = 0; i < slots; i++) {
      const at = this.indices[i] ?? -1;
      if (at >= index - slots && at < index) sum += this.counts[i] ?? 0;
    }
    return sum / slots;
  }

  private roll(index: number): void {
    if (this.current >= 0 && index > this.current) {
      const slot = this.current % this.counts.length;
      this.counts[slot] = this.domains.size;
      this.indices[slot] = this.current;
    }
    if (index > this.current) {
      this.current = index;
      this.domains.clear();
    }
  }
}
