// Hosts whose names must not leave the browser: an intranet or this machine. Asking a public archive
// or resolver about them would tell the world what the person's private network is called, and can answer
// nothing useful anyway.
import ipaddr from 'ipaddr.js';

const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.localdomain', '.intranet', '.corp'];
const PUBLIC_RANGES: ReadonlySet<string> = new Set(['unicast']);

/** localhost, a single-label name, a private-use suffix, or an address that is not a public unicast one. */
export function isPrivateHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (name === '' || name === 'localhost') return true;
  if (ipaddr.isValid(name)) {
    try {
      const address = ipaddr.process(name); // IPv4-mapped IPv6 is read as the IPv4 address it carries
      return !PUBLIC_RANGES.has(address.range());
    } catch {
      return true;
    }
  }
  if (!name.includes('.')) return true; // a single label resolves only on a local network
  return PRIVATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}
