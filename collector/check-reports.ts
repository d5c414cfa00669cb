// What the JSON Schema cannot say: a domain must be its own registrable domain (eTLD+1, so no subdomain
// can be smuggled in), and a window must be recent and not in the future. Returns the first problem.
import { registrableDomain, type Report } from '../src/core/report';

const MAX_AGE_SECONDS = 7 * 86_400; // older reports say nothing about a current outage
const MAX_SKEW_SECONDS = 15 * 60; // a browser clock a little ahead is tolerated

export function checkReports(reports: readonly Report[], nowSeconds: number): string | undefined {
  for (const [i, r] of reports.entries()) {
    if (r.domain !== undefined && registrableDomain(r.domain) !== r.domain) return `reports/${i}/domain must be a registrable domain (eTLD+1)`;
    if (r.window > nowSeconds + MAX_SKEW_SECONDS) return `reports/${i}/window is in the future`;
    if (r.window < nowSeconds - MAX_AGE_SECONDS) return `reports/${i}/window is more than 7 days old`;
  }
  return undefined;
}
