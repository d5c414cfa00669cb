// Whether the provider a failure names really answered. Any server
// can send Cloudflare's 500 page or `server: cloudflare` + cf-ray; only a failure with corroboration counts
// towards an incident or a shared report: the server's public address in the provider's published ranges,
// or else a header only the provider sets on a host Detour saw served healthily by that provider before.
// A public address outside the provider's loaded ranges disputes the claim. Pure: the lookups come in.
import type { IpLookup } from './ip-owner';
import { isPrivateHost } from './private-host';
import type { Corroboration, Diagnosis, Failure } from './types';

export interface CorroborationDeps {
  lookupIp: IpLookup;
  /** Whether a loaded range list (the seed's or a fetched one) holds every address answering for this provider (and service). */
  rangesCover(provider: string, service: string | undefined): boolean;
  /** The providers that served this host healthily before (the innermost first), if Detour saw it. */
  servedHealthy(host: string): readonly string[] | undefined;
}

/**
 * The diagnosis of a failure with what corroborates its provider (or disputes it) added; the same object
 * when there is nothing to add. `ip` is the server's address when the browser gave it.
 */
export function corroborate(diagnosis: Diagnosis, host: string, ip: string | undefined, deps: CorroborationDeps): Diagnosis {
  const { provider } = diagnosis;
  if (provider === null || diagnosis.failure === 'none') return diagnosis;
  const via = diagnosis.via ?? [provider];
  // A loopback, private or link-local address is a local proxy, a VPN or a test harness: it says nothing
  // about who answered, so it is read as no address at all.
  const address = ip !== undefined && ip !== '' && !isPrivateHost(ip) ? ip : undefined;
  if (address !== undefined) {
    const owner = deps.lookupIp(address)?.provider;
    if (owner === provider) return corroborated(diagnosis, 'address', `${address} is in ${provider}'s published address ranges`);
    // The browser talks to the outermost layer: its address is the one to hold against the claim.
    const outer = via[0] ?? provider;
    if ((owner === undefined || !via.includes(owner)) && deps.rangesCover(outer, outer === provider ? diagnosis.service : undefined)) {
      return { ...diagnosis, disputed: outer, evidence: [...diagnosis.evidence, `${address} is not in ${outer}'s published address ranges: the answer only claims to be ${outer}'s`] };
    }
  }
  // No HTTP answer (a network error) carries no claim of the site's own to check: the host's history is all.
  const marked = diagnosis.providerHeader !== undefined || diagnosis.status === undefined;
  const served = deps.servedHealthy(host);
  if (marked && served !== undefined && served.includes(provider)) {
    const why = diagnosis.providerHeader !== undefined ? `${diagnosis.providerHeader} on ` : '';
    return corroborated(diagnosis, 'seen-healthy', `${why}${host}, which ${provider} served healthily before`);
  }
  return diagnosis;
}

/** corroborate() with its lookups bound, as the pipeline calls it. */
export function corroborator(deps: CorroborationDeps): (diagnosis: Diagnosis, host: string, ip: string | undefined) => Diagnosis {
  return (diagnosis, host, ip) => corroborate(diagnosis, host, ip, deps);
}

/** The provider really answered (and nothing disputes it). */
export function isCorroborated(diagnosis: Pick<Diagnosis, 'corroborated' | 'disputed'>): boolean {
  return (diagnosis.corroborated === 'address' || diagnosis.corroborated === 'seen-healthy') && diagnosis.disputed === undefined;
}

function corroborated(diagnosis: Diagnosis, how: Corroboration, evidence: string): Diagnosis {
  // A network error placed by its address says so already (diagnose-network.ts): one line is enough.
  const said = diagnosis.evidence.some((line) => line.startsWith(evidence.split(' ', 1)[0] + ' is in '));
  return { ...diagnosis, corroborated: how, evidence: said && how === 'address' ? diagnosis.evidence : [...diagnosis.evidence, evidence] };
}

/**
 * The provider a recorded failure counts against — for incidents, shared reports and status pages — or
 * undefined: only a failure at a provider's edge or the site behind it, that the provider really answered
 * (a page can claim to be any provider's error).
 */
export function failedProvider(record: { provider: string | null; failure: Failure; diagnosis: Pick<Diagnosis, 'corroborated' | 'disputed'> }): string | undefined {
  const { provider, failure, diagnosis } = record;
  return provider !== null && (failure === 'edge' || failure === 'origin') && isCorroborated(diagnosis) ? provider : undefined;
}
