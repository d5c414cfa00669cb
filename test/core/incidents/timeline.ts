// Builds synthetic timelines for the incident detector: failures and healthy answers at given times.
import type { FailureEvent, HealthyEvent } from '../../../src/core/incidents';

export const MIN = 60_000;
export const at = (iso: string): number => Date.parse(iso);

export type Event = { kind: 'failure'; event: FailureEvent } | { kind: 'healthy'; event: HealthyEvent };

export const failure = (event: FailureEvent): Event => ({ kind: 'failure', event });
export const healthy = (event: HealthyEvent): Event => ({ kind: 'healthy', event });

/** A small deterministic generator (mulberry32), so every run replays the same timeline. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function byTime(events: Event[]): Event[] {
  return [...events].sort((a, b) => a.event.time - b.event.time);
}

export function replay(detector: { observeFailure(f: FailureEvent): unknown; observeHealthy(h: HealthyEvent): void }, events: Event[]): void {
  for (const e of byTime(events)) {
    if (e.kind === 'failure') detector.observeFailure(e.event);
    else detector.observeHealthy(e.event);
  }
}

/** The value, or a failed test saying what was missing. */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected a ${what}`);
  return value;
}
