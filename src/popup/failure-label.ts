import type { Failure } from '../core/types';

/** Who is at fault, in words a person reads in the popup. */
export const FAILURE_LABEL: Record<Failure, string> = {
  edge: "the provider's own infrastructure failed",
  origin: "the site's own server (behind the provider) failed",
  block: 'blocked on purpose (challenge, firewall rule or rate limit)',
  client: 'the request itself was refused (not an outage)',
  none: 'healthy',
  unknown: 'failed, cause not placed',
};
