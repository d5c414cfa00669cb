// The small readers under the detector: registrable domains, edge locations, times and summaries.
import { describe, expect, it } from 'vitest';
import { normalizePop, registrableDomain, summarizeIncident as summarizeIncidentPhrase, type Incident } from '../../../src/core/incidents';
import { say } from '../explain/say';

// The English words, as the page renders them.
const summarizeIncident = (...args: Parameters<typeof summarizeIncidentPhrase>): string => say(summarizeIncidentPhrase(...args));

describe('registrableDomain', () => {
  it('uses the Public Suffix List, private suffixes included', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('a.b.example.com')).toBe('example.com');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('my-app.pages.dev')).toBe('my-app.pages.dev');
    expect(registrableDomain('https://shop.example.com.au/cart?x=1')).toBe('example.com.au');
    expect(registrableDomain('WWW.Example.COM.')).toBe('example.com');
  });

  it('lets an address or a bare name stand for itself, and refuses junk', () => {
    expect(registrableDomain('93.184.215.14')).toBe('93.184.215.14');
    expect(registrableDomain('[2606:4700::1]')).toBe('2606:4700::1');
    expect(registrableDomain('localhost')).toBe('localhost');
    for (const junk of ['', ' ', 'a b', '<script>', 'x'.repeat(300), 42 as unknown as string]) expect(registrableDomain(junk)).toBe('');
  });
});

describe('normalizePop', () => {
  it('groups a city’s edge locations under its airport code', () => {
    expect(['FRA', 'fra', 'FRA56-P5', 'FRA2-C1', 'fra1'].map(normalizePop)).toEqual(['FRA', 'FRA', 'FRA', 'FRA', 'FRA']);
    expect(normalizePop('DE')).toBe('DE');
    expect(normalizePop('  ')).toBeUndefined();
    expect(normalizePop(undefined)).toBeUndefined();
  });
});

describe('summaries', () => {
  const base: Incident = {
    id: 'aws/origin-surge/1', provider: 'aws', kind: 'origin-surge', openedAt: Date.parse('2025-10-20T06:52:00Z'),
    lastFailureAt: Date.parse('2025-10-20T21:10:00Z'), domains: 23, sample: ['a.com'], pops: [], windowMs: 300_000, evidence: '',
  };
  it('speaks of an origin surge as trouble inside the provider, and dates incidents that span days', () => {
    expect(summarizeIncident(base)).toBe('AWS looks troubled: 23 sites behind it failed at their own servers since 06:52 UTC, far more than usual — likely a problem inside AWS, not at its edge');
    expect(summarizeIncident({ ...base, closedAt: Date.parse('2025-10-21T00:20:00Z') }))
      .toBe('AWS looked troubled: 23 sites behind it failed at their own servers from 20 Oct 06:52 to 21 Oct 00:20 UTC, far more than usual — likely a problem inside AWS, not at its edge');
    expect(summarizeIncident({ ...base, provider: 'newcdn', kind: 'edge', domains: 1 })).toBe('newcdn looks down: 1 site failed at its edge since 06:52 UTC');
  });
});
