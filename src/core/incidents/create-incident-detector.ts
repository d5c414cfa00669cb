// Cross-site incidents: many unrelated sites behind one provider failing at its edge, or a surge of
// origin failures behind it, within a sliding window. Fed one event at a time; time comes with the events.
import { DEFAULT_INCIDENT_CONFIG, type IncidentConfig } from './incident-config';
import type { FailureEvent, HealthyEvent, Incident } from './incident';
import { FailureTracker } from './failure-tracker';
import { IncidentState } from './incident-state';
import { normalizePop } from './normalize-pop';
import { providerName } from './provider-name';
import { platformDomain, registrableDomain } from './registrable-domain';

export interface IncidentDetector {
  /** Returns the incident this failure opened, if it opened one. */
  observeFailure(failure: FailureEvent): Incident | undefined;
  observeHealthy(healthy: HealthyEvent): void;
  open(now: number): Incident[];
  /** Open incidents and the last closed ones (config.maxClosed), oldest first. */
  all(now: number): Incident[];
}

export function createIncidentDetector(overrides: Partial<IncidentConfig> = {}): IncidentDetector {
  const config = withDefaults(overrides);
  const trackers = new Map<string, FailureTracker>(); // least recently used first
  const openStates = new Map<string, Map<string, IncidentState>>(); // provider → key → open incident
  const closed: IncidentState[] = [];
  const minutes = `${Math.round(config.windowMs / 60_000)} minutes`;
  // Hosts repeat: remember their domains (bounded, emptied when full), per way of counting.
  const domains = new Map<string, string>();
  const platforms = new Map<string, string>();

  function domainOf(host: string, fromRanges: boolean): string {
    const seen = fromRanges ? domains : platforms;
    let domain = seen.get(host);
    if (domain === undefined) {
      if (seen.size >= 4096) seen.clear();
      domain = fromRanges ? registrableDomain(host) : platformDomain(host);
      seen.set(host, domain);
    }
    return domain;
  }

  function tracker(key: string, wholeProvider: boolean): FailureTracker {
    let found = trackers.get(key);
    if (found !== undefined) {
      trackers.delete(key);
    } else {
      found = new FailureTracker(config, wholeProvider);
      if (trackers.size >= config.maxTrackers) evictTracker();
    }
    trackers.set(key, found);
    return found;
  }

  function evictTracker(): void {
    for (const key of trackers.keys()) {
      const provider = key.split('\u0000')[0] ?? key;
      if (!openStates.has(provider)) {
        trackers.delete(key);
        return;
      }
    }
    trackers.delete(trackers.keys().next().value ?? '');
  }

  function settle(provider: string | undefined, now: number): void {
    const groups = provider === undefined ? [...openStates.values()] : [openStates.get(provider)];
    for (const group of groups) {
      if (group === undefined) continue;
      for (const [key, state] of group) {
        const at = state.closesBy(now, config.quietMs);
        if (at === undefined) continue;
        state.closedAt = at;
        group.delete(key);
        if (group.size === 0) openStates.delete(state.provider);
        closed.push(state);
        if (closed.length > config.maxClosed) closed.shift();
      }
    }
  }

  function openState(provider: string, pop: string | undefined, kind: Incident['kind']): IncidentState | undefined {
    return openStates.get(provider)?.get(stateKey(pop, kind));
  }

  function start(provider: string, pop: string | undefined, kind: Incident['kind'], time: number, domains: string[], pops: string[], evidence: string): Incident {
    const state = new IncidentState(provider, pop, kind, time, time, config.windowMs, evidence, config.maxDomainsPerIncident);
    for (const domain of domains) state.touch(domain, undefined, time);
    for (const seen of pops) state.addPop(seen);
    let group = openStates.get(provider);
    if (group === undefined) openStates.set(provider, (group = new Map()));
    group.set(stateKey(pop, kind), state);
    return state.snapshot();
  }

  function onEdge(provider: string, whole: FailureTracker, domain: string, pop: string | undefined, time: number): Incident | undefined {
    let opened: Incident | undefined;
    whole.edge.add(domain, time);
    if (pop !== undefined) {
      whole.pops.add(pop, time);
      const local = tracker(`${provider}\u0000${pop}`, false);
      local.edge.add(domain, time);
      const state = openState(provider, pop, 'edge');
      if (state !== undefined) state.touch(domain, pop, time);
      else if (local.edge.count(time) >= config.edgeMinDomains) {
        const domains = local.edge.recent(config.maxDomainsPerWindow, time);
        opened = start(provider, pop, 'edge', time, domains, [pop], edgeEvidence(provider, domains, [pop]));
      }
    }
    const wide = openState(provider, undefined, 'edge');
    if (wide !== undefined) {
      wide.touch(domain, pop, time);
      return opened;
    }
    if (whole.edge.count(time) < config.edgeMinDomains) return opened;
    const pops = whole.pops.recent(64, time);
    // Failures all through one edge location are that location's incident, already open above.
    const only = pops.length === 1 ? pops[0] : undefined;
    if (only !== undefined && openState(provider, only, 'edge') !== undefined) return opened;
    const domains = whole.edge.recent(config.maxDomainsPerWindow, time);
    const wideOpened = start(provider, undefined, 'edge', time, domains, pops, edgeEvidence(provider, domains, pops));
    return opened ?? wideOpened;
  }

  function onOrigin(provider: string, whole: FailureTracker, domain: string, time: number): Incident | undefined {
    whole.origin.add(domain, time);
    whole.baseline?.add(domain, time);
    const count = whole.origin.count(time);
    const state = openState(provider, undefined, 'origin-surge');
    if (state !== undefined) {
      // One site that keeps failing is that site's problem, not a sign the surge goes on.
      if (count >= 2) state.touch(domain, undefined, time);
      return undefined;
    }
    if (count < config.originMinDomains) return undefined;
    const usual = whole.baseline?.average(time) ?? 0;
    if (count < config.originSurgeFactor * usual) return undefined;
    const domains = whole.origin.recent(config.maxDomainsPerWindow, time);
    const evidence = `${count} sites behind ${providerName(provider)} failed at their own servers within ${minutes} ` +
      `(${listed(domains)}), against a usual ${usual.toFixed(1)} per ${minutes} over the last ` +
      `${Math.round(config.baselineMs / 3_600_000)} hours (opens at ${config.originMinDomains} sites and ${config.originSurgeFactor}× the usual)`;
    return start(provider, undefined, 'origin-surge', time, domains, [], evidence);
  }

  function edgeEvidence(provider: string, domains: string[], pops: string[]): string {
    const where = pops.length > 0 ? ` through ${pops.join(', ')}` : '';
    return `${domains.length} unrelated sites failed at ${providerName(provider)}'s edge within ${minutes}${where} ` +
      `(${listed(domains)}; opens at ${config.edgeMinDomains})`;
  }

  return {
    observeFailure(event) {
      if (!isEvent(event) || (event.failure !== 'edge' && event.failure !== 'origin')) return undefined;
      const site = typeof event.site === 'string' && event.site !== '' ? event.site : event.host;
      const domain = domainOf(site, event.fromRanges === true);
      if (domain === '') return undefined;
      const whole = tracker(event.provider, true);
      const time = whole.clamp(event.time, config.windowMs);
      if (time === undefined) return undefined;
      settle(event.provider, time);
      if (event.failure === 'edge') return onEdge(event.provider, whole, domain, normalizePop(event.pop), time);
      return onOrigin(event.provider, whole, domain, time);
    },
    observeHealthy(event) {
      if (!isEvent(event)) return;
      settle(event.provider, event.time);
      const pop = normalizePop(event.pop);
      for (const state of openStates.get(event.provider)?.values() ?? []) {
        if (state.pop === undefined || pop === undefined || state.pop === pop) state.healthy(event.time);
      }
    },
    open(now) {
      settle(undefined, now);
      return [...openStates.values()].flatMap((group) => [...group.values()]).map((s) => s.snapshot()).sort(byOpening);
    },
    all(now) {
      settle(undefined, now);
      const open = [...openStates.values()].flatMap((group) => [...group.values()]);
      return [...closed, ...open].map((s) => s.snapshot()).sort(byOpening);
    },
  };
}

function stateKey(pop: string | undefined, kind: string): string {
  return `${pop ?? ''}\u0000${kind}`;
}

function isEvent(event: { time: unknown; provider: unknown; host: unknown } | null | undefined): boolean {
  return typeof event === 'object' && event !== null && typeof event.time === 'number' && Number.isFinite(event.time) &&
    typeof event.provider === 'string' && event.provider !== '' && event.provider.length <= 64 && typeof event.host === 'string';
}

function listed(domains: string[]): string {
  return domains.length > 4 ? `${domains.slice(0, 4).join(', ')}, …` : domains.join(', ');
}

const byOpening = (a: Incident, b: Incident): number => a.openedAt - b.openedAt || a.id.localeCompare(b.id);

function withDefaults(overrides: Partial<IncidentConfig>): IncidentConfig {
  const config: IncidentConfig = { ...DEFAULT_INCIDENT_CONFIG };
  for (const key of Object.keys(config) as (keyof IncidentConfig)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) config[key] = value;
  }
  return config;
}
