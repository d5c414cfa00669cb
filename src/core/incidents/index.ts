// Outage awareness, part one: incidents across sites.
export { createIncidentDetector, type IncidentDetector } from './create-incident-detector';
export { DEFAULT_INCIDENT_CONFIG, type IncidentConfig } from './incident-config';
export type { FailureEvent, HealthyEvent, Incident, IncidentKind } from './incident';
export { normalizePop } from './normalize-pop';
export { providerName } from './provider-name';
export { registrableDomain } from './registrable-domain';
export { summarizeIncident } from './summarize-incident';
