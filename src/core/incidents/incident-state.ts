// One open incident while the detector updates it; `snapshot` hands out a copy callers cannot disturb.
import type { Incident, IncidentKind } from './incident';

const SAMPLE = 5;
const POPS = 8;

export class IncidentState {
  readonly domains = new Set<string>();
  readonly pops: string[] = [];
  healthySince: number | undefined;
  closedAt: number | undefined;

  constructor(
    readonly provider: string,
    readonly pop: string | undefined,
    readonly kind: IncidentKind,
    readonly openedAt: number,
    public lastFailureAt: number,
    private readonly windowMs: number,
    private readonly evidence: string,
    private readonly maxDomains: number,
  ) {}

  touch(domain: string, pop: string | undefined, time: number): void {
    this.lastFailureAt = Math.max(this.lastFailureAt, time);
    this.healthySince = undefined;
    if (this.domains.size < this.maxDomains) this.domains.add(domain);
    if (pop !== undefined) this.addPop(pop);
  }

  addPop(pop: string): void {
    if (this.pops.length < POPS && !this.pops.includes(pop)) this.pops.push(pop);
  }

  /** A healthy answer after the last failure starts the way to closing. */
  healthy(time: number): void {
    if (time > this.lastFailureAt && this.healthySince === undefined) this.healthySince = time;
  }

  /** When it closed, if by `now` it has been quiet for quietMs and the provider has answered healthily since. */
  closesBy(now: number, quietMs: number): number | undefined {
    if (this.healthySince === undefined) return undefined;
    const at = Math.max(this.lastFailureAt + quietMs, this.healthySince);
    return at <= now ? at : undefined;
  }

  snapshot(): Incident {
    const popPart = this.pop === undefined ? '' : `@${this.pop}`;
    const incident: Incident = {
      id: `${this.provider}${popPart}/${this.kind}/${this.openedAt}`,
      provider: this.provider,
      kind: this.kind,
      openedAt: this.openedAt,
      lastFailureAt: this.lastFailureAt,
      domains: this.domains.size,
      sample: [...this.domains].slice(0, SAMPLE),
      pops: [...this.pops],
      windowMs: this.windowMs,
      evidence: this.evidence,
    };
    if (this.pop !== undefined) incident.pop = this.pop;
    if (this.closedAt !== undefined) incident.closedAt = this.closedAt;
    return incident;
  }
}
