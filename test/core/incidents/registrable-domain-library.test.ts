// Detour ships tldts-experimental, whose packed hashes stand in for the public-suffix list and may, rarely,
// take a name for a suffix that is none. It must answer exactly as tldts (the exact list, a devDependency) on
// every host the tests, captures and HARs name and on the tricky ones, as both call sites ask: an update of
// either package that breaks this shows here, by host (bench/registrable-domain.md has the wider comparison).
import { getDomain as exactDomain } from 'tldts';
import { getDomain as shippedDomain } from 'tldts-experimental';
import { describe, expect, it } from 'vitest';
import { CALL_SITES, domainTestHosts } from '../../../bench/domain-hosts';
import { platformDomain, registrableDomain } from '../../../src/core/incidents/registrable-domain';
import { reportedDomain } from '../../../src/core/report';

const hosts = [...new Set(domainTestHosts())];

describe('the shipped registrable-domain library', () => {
  it('is checked on the hosts the repository names, not on a handful', () => {
    expect(hosts.length).toBeGreaterThan(500);
  });

  for (const [site, options] of Object.entries(CALL_SITES)) {
    it(`answers as tldts on every one of them (${site === 'icann' ? 'ICANN suffixes only, as the report asks' : 'private suffixes on, as incidents ask'})`, () => {
      const differs = hosts.filter((host) => shippedDomain(host, options) !== exactDomain(host, options));
      expect(differs.map((host) => `${host}: ${shippedDomain(host, options)} (tldts ${exactDomain(host, options)})`)).toEqual([]);
    });
  }

  it('keeps private suffixes apart where incidents need them, and out of the report', () => {
    expect(registrableDomain('a.github.io')).toBe('a.github.io');
    expect(platformDomain('a.github.io')).toBe('github.io');
    expect(registrableDomain('x.s3.amazonaws.com')).toBe('x.s3.amazonaws.com');
    expect(registrableDomain('foo.herokuapp.com')).toBe('foo.herokuapp.com');
    expect(reportedDomain('foo.herokuapp.com')).toBe('herokuapp.com');
    expect(reportedDomain('a.b.co.uk')).toBe('b.co.uk');
    expect(reportedDomain('www.xn--mnchen-3ya.de')).toBe('xn--mnchen-3ya.de');
    expect(reportedDomain('shop.unknowntld')).toBe('shop.unknowntld');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});
