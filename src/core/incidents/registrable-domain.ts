// "Unrelated sites" are counted by registrable domain: a.example.co.uk and b.example.co.uk are one site.
// With private suffixes on (github.io, herokuapp.com, pages.dev, vercel.app…) two people's sites there are two
// sites: the cross-site evidence an outage of those platforms produces, when their answers came from the
// provider's own addresses. Without that, free subdomains of one platform are one site (platformDomain), or
// anyone could open an incident with four of them.
// tldts-experimental answers as tldts does on every host the tests and captures name, in 106 KiB instead of
// 264 (bench/registrable-domain.md); its packed hashes may, rarely, take a name under an unknown TLD for a suffix.
import { getDomain } from 'tldts-experimental';

const OPTIONS = { allowPrivateDomains: true, extractHostname: true, validateHostname: true } as const;
const PUBLIC_ONLY = { ...OPTIONS, allowPrivateDomains: false } as const;

/** The registrable domain of a host (or URL); an IP literal or a bare name stands for itself; '' if unusable. */
export function registrableDomain(host: string): string {
  return domainOf(host, OPTIONS);
}

/** As registrableDomain, but by the public-suffix list's ICANN section only: a.pages.dev and b.pages.dev are pages.dev. */
export function platformDomain(host: string): string {
  return domainOf(host, PUBLIC_ONLY);
}

function domainOf(host: string, options: typeof OPTIONS | typeof PUBLIC_ONLY): string {
  if (typeof host !== 'string' || host.length === 0 || host.length > 253 + 8) return '';
  const domain = getDomain(host, options);
  if (domain !== null) return domain;
  const bare = host.trim().toLowerCase().replace(/^\[|\]$|\.$/g, '');
  return /^[a-z0-9.:_-]{1,253}$/.test(bare) ? bare : '';
}
