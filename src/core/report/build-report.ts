// A Diagnosis → the anonymous report Detour may share, or nothing. Pure: the clock, the host and the
// person's toggles come in as arguments. Only edge and origin failures placed on a provider count as
// outages (sharing.md); every field is checked against the schema's own patterns before it is kept.
import { getDomain } from 'tldts-experimental'; // why not tldts: core/incidents/registrable-domain.ts
import type { Diagnosis } from '../types';
import type { SharingToggles } from './disclosed-fields';
import { netErrorClass } from '../network-errors';
import { PATTERNS, WINDOW_SECONDS, type Report } from './schema';

export interface ReportInput {
  diagnosis: Diagnosis;
  host: string; // the failing request's host name; only its registrable domain can leave, and only if shared
  time: number; // when the failure was seen, ms since the epoch; only its 5-minute window leaves
  version: string; // Detour's version
  error?: string; // the browser's network error string, when there was no HTTP answer
}

const MATCHES = Object.fromEntries(Object.entries(PATTERNS).map(([field, source]) => [field, new RegExp(source)])) as Record<
  keyof typeof PATTERNS,
  RegExp
>;

export function windowStart(time: number): number {
  return Math.floor(time / 1000 / WINDOW_SECONDS) * WINDOW_SECONDS;
}

export function buildReport(input: ReportInput, toggles: SharingToggles): Report | undefined {
  const { diagnosis, version } = input;
  const { provider, failure } = diagnosis;
  if (failure !== 'edge' && failure !== 'origin') return undefined;
  if (provider === null || !MATCHES.provider.test(provider) || !MATCHES.version.test(version)) return undefined;
  if (!Number.isFinite(input.time)) return undefined;
  const service = diagnosis.service !== undefined && MATCHES.service.test(diagnosis.service) ? diagnosis.service : undefined;
  const pop = toggles.includePop ? diagnosis.pop?.toUpperCase() : undefined;
  const domain = toggles.includeDomain ? reportedDomain(input.host) : undefined;
  // Key order is fixed here (window first, version last): the serialized bytes are snapshot-tested.
  return {
    window: windowStart(input.time),
    provider,
    ...(service === undefined ? {} : { service }),
    failure,
    status: statusOf(input),
    ...(pop === undefined || !MATCHES.pop.test(pop) ? {} : { pop }),
    ...(domain === undefined ? {} : { domain }),
    version,
  };
}

function statusOf({ diagnosis, error }: ReportInput): Report['status'] {
  const status = diagnosis.status;
  if (status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599) return status;
  return error === undefined ? 'other' : netErrorClass(error);
}

/** The domain a report may carry: the eTLD+1 of a host by the ICANN suffixes only (core/incidents has its own, private suffixes on), or nothing for an IP address, a bare suffix or a malformed name. */
export function reportedDomain(host: string): string | undefined {
  const domain = getDomain(host.toLowerCase());
  return domain !== null && domain.length <= 253 && MATCHES.domain.test(domain) ? domain : undefined;
}
