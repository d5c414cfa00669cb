// What the incident detector reads and what it reports.
import type { Failure } from '../types';

/** One classified failure, as the glue hands it over: a Diagnosis plus when and where. */
export interface FailureEvent {
  time: number; // ms since the epoch; the detector has no clock of its own
  provider: string;
  pop?: string; // edge location from the Diagnosis, e.g. 'FRA' or 'FRA56-P5'
  failure: Failure;
  host: string; // the failing request's host
  site?: string; // the page that made the request, when known: a failed challenges.cloudflare.com load counts for that site
  // The answer came from an address in the provider's published ranges: sites on one platform suffix
  // (a.pages.dev, b.pages.dev) then count apart; otherwise they count as one (registrable-domain.ts).
  fromRanges?: boolean;
}

/** A healthy answer from a provider: what lets an incident close. */
export interface HealthyEvent {
  time: number;
  provider: string;
  host: string;
  pop?: string;
}

export type IncidentKind = 'edge' | 'origin-surge';

export interface Incident {
  id: string;
  provider: string;
  pop?: string; // set for an incident seen at one edge location
  kind: IncidentKind;
  openedAt: number;
  lastFailureAt: number;
  closedAt?: number;
  domains: number; // distinct registrable domains that failed while it was open (opening ones included)
  sample: string[]; // a few of those domains
  pops: string[]; // edge locations the failures came through (normalised, a few)
  windowMs: number; // the window the opening threshold was met in
  evidence: string; // why it opened, in words
}
