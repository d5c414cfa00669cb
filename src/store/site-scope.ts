// The history's site filter: what a person types (a host, a registrable domain, or a pasted URL) becomes a
// scope — every host of a registrable domain ('site'), or one host ('host') — matched the same way by the
// database index (filter-keys.ts) and by the in-memory tables.
import { registrableDomain } from '../core/incidents/registrable-domain';

export interface SiteScope {
  kind: 'site' | 'host';
  name: string;
}

/** undefined when the text names no host at all (empty, or not a host name). */
export function siteScope(text: string): SiteScope | undefined {
  const name = hostOf(text.trim().toLowerCase()).replace(/\.$/, '');
  if (name === '' || !/^[a-z0-9.:_[\]-]+$/.test(name)) return undefined;
  return registrableDomain(name) === name ? { kind: 'site', name } : { kind: 'host', name };
}

export function inScope(host: string, scope: SiteScope): boolean {
  return scope.kind === 'host' ? host === scope.name : registrableDomain(host) === scope.name;
}

function hostOf(text: string): string {
  if (!text.includes('/')) return text;
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return '';
  }
}
