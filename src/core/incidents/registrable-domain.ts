// "Unrelated sites" are counted by registrable domain: a.example.co.uk and b.example.co.uk are one site.
// Private suffixes are on (github.io, herokuapp.com, pages.dev, vercel.app…): two people's sites there are
// two sites, which is exactly the cross-site evidence an outage of those platforms produces.
import { getDomain } from 'tldts';

const OPTIONS = { allowPrivateDomains: true, extractHostname: true, validateHostname: true } as const;

/** The registrable domain of a host (or URL); an IP literal or a bare name stands for itself; '' if unusable. */
export function registrableDomain(host: string): string {
  if (typeof host !== 'string' || host.length === 0 || host.length > 253 + 8) return '';
  const domain = getDomain(host, OPTIONS);
  if (domain !== null) return domain;
  const bare = host.trim().toLowerCase().replace(/^\[|\]$|\.$/g, '');
  return /^[a-z0-9.:_-]{1,253}$/.test(bare) ? bare : '';
}
