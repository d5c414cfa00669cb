// The keys of the `by-filter` index (schema.ts, version 3): one [scope, time] per way the history can be
// filtered by site — the host, its registrable domain, each also with the provider — so that every
// combination of filters is one index range walked newest first, whatever else is stored.
import { registrableDomain } from '../core/incidents/registrable-domain';
import type { SiteScope } from './site-scope';

export type FilterKey = [scope: string, time: number];

/** The index scope for a site filter, optionally narrowed to one provider key ('' = none recognised). */
export function filterScope(scope: SiteScope, providerKey?: string): string {
  const base = `${scope.kind === 'site' ? 's' : 'h'}\n${scope.name}`;
  return providerKey === undefined ? base : `${base}\n${providerKey}`;
}

export function filterKeysOf(record: { host: string; providerKey: string; time: number }): FilterKey[] {
  const site = registrableDomain(record.host);
  const scopes: SiteScope[] = [{ kind: 'host', name: record.host }, ...(site === '' ? [] : [{ kind: 'site' as const, name: site }])];
  return scopes.flatMap((scope) => [
    [filterScope(scope), record.time],
    [filterScope(scope, record.providerKey), record.time],
  ]);
}
