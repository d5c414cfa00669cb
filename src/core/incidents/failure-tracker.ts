// What the detector remembers for one provider, or one (provider, pop): sliding windows of distinct
// failing domains by class, and for a whole provider the pops seen and the origin baseline.
import type { IncidentConfig } from './incident-config';
import { DomainWindow } from './domain-window';
import { OriginBaseline } from './origin-baseline';

export class FailureTracker {
  readonly edge: DomainWindow;
  readonly origin: DomainWindow;
  readonly pops: DomainWindow;
  readonly baseline: OriginBaseline | undefined;
  /** Latest time seen: event times are clamped to it so the windows stay in order. */
  latest = -Infinity;

  constructor(config: IncidentConfig, wholeProvider: boolean) {
    this.edge = new DomainWindow(config.windowMs, config.maxDomainsPerWindow);
    this.origin = new DomainWindow(config.windowMs, config.maxDomainsPerWindow);
    this.pops = new DomainWindow(config.windowMs, 64);
    this.baseline = wholeProvider ? new OriginBaseline(config.windowMs, config.baselineMs, config.maxDomainsPerWindow) : undefined;
  }

  /** The event's time, or the latest seen if it arrived a little out of order; undefined if too old to count. */
  clamp(time: number, windowMs: number): number | undefined {
    if (time >= this.latest) {
      this.latest = time;
      return time;
    }
    return time > this.latest - windowMs ? this.latest : undefined;
  }
}
