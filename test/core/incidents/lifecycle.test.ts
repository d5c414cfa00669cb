// How an incident opens, lives and closes; per-pop incidents; bounded memory; hostile input.
import { describe, expect, it } from 'vitest';
import { createIncidentDetector, summarizeIncident as summarizeIncidentPhrase, type FailureEvent } from '../../../src/core/incidents';
import { MIN, at, must } from './timeline';
import { say } from '../explain/say';

// The English words, as the page renders them.
const summarizeIncident = (...args: Parameters<typeof summarizeIncidentPhrase>): string => say(summarizeIncidentPhrase(...args));

const T0 = at('2025-11-18T11:20:00Z');
const edge = (i: number, time: number, pop?: string, provider = 'cloudflare'): FailureEvent =>
  ({ time, provider, failure: 'edge', host: `www.site${i}.example`, ...(pop ? { pop } : {}) });

function openedAtT0(pop?: string) {
  const detector = createIncidentDetector();
  for (let i = 0; i < 4; i++) detector.observeFailure(edge(i, T0 + i * 1000, pop));
  return detector;
}

describe('incident lifecycle', () => {
  it('opens on the fourth distinct domain within the window, not on three, and not when spread too thin', () => {
    const detector = createIncidentDetector();
    for (let i = 0; i < 3; i++) expect(detector.observeFailure(edge(i, T0 + i * 1000))).toBeUndefined();
    expect(detector.open(T0 + MIN)).toEqual([]);
    expect(detector.observeFailure(edge(3, T0 + 4000))?.kind).toBe('edge');

    const thin = createIncidentDetector();
    for (let i = 0; i < 10; i++) thin.observeFailure(edge(i, T0 + i * 2 * MIN));
    expect(thin.all(T0 + 30 * MIN)).toEqual([]);
  });

  it('closes after 10 quiet minutes and a healthy answer, at the later of the two', () => {
    const detector = openedAtT0();
    detector.observeHealthy({ time: T0 + 2 * MIN, provider: 'cloudflare', host: 'fine.example' });
    expect(detector.open(T0 + 9 * MIN)).toHaveLength(1);
    expect(detector.open(T0 + 10 * MIN + 3000)).toEqual([]);
    const [closed] = detector.all(T0 + 11 * MIN);
    expect(closed?.closedAt).toBe(T0 + 3000 + 10 * MIN);
    expect(summarizeIncident(must(closed))).toBe('Cloudflare looked down: 4 sites failed at its edge from 11:20 to 11:30 UTC');
  });

  it('does not close without a healthy answer from that provider, however quiet', () => {
    const detector = openedAtT0();
    detector.observeHealthy({ time: T0 + 2 * MIN, provider: 'fastly', host: 'other.example' });
    detector.observeHealthy({ time: T0 - MIN, provider: 'cloudflare', host: 'before.example' });
    expect(detector.open(T0 + 5 * 60 * MIN)).toHaveLength(1);
    detector.observeHealthy({ time: T0 + 5 * 60 * MIN, provider: 'cloudflare', host: 'fine.example' });
    expect(detector.all(T0 + 5 * 60 * MIN)[0]?.closedAt).toBe(T0 + 5 * 60 * MIN);
  });

  it('does not close while failures continue, even with healthy answers in between', () => {
    const detector = openedAtT0();
    for (let m = 1; m <= 60; m += 3) {
      detector.observeHealthy({ time: T0 + m * MIN, provider: 'cloudflare', host: 'fine.example' });
      detector.observeFailure(edge(m % 2, T0 + (m + 1) * MIN));
    }
    const [open] = detector.open(T0 + 65 * MIN);
    expect(open?.lastFailureAt).toBe(T0 + 59 * MIN);
    expect(open?.openedAt).toBe(T0 + 3000);
    expect(detector.all(T0 + 65 * MIN)).toHaveLength(1);
  });

  it('a new wave after closing is a new incident', () => {
    const detector = openedAtT0();
    detector.observeHealthy({ time: T0 + MIN, provider: 'cloudflare', host: 'fine.example' });
    for (let i = 10; i < 14; i++) detector.observeFailure(edge(i, T0 + 60 * MIN + i));
    const all = detector.all(T0 + 61 * MIN);
    expect(all.map((i) => i.closedAt === undefined)).toEqual([false, true]);
    expect(new Set(all.map((i) => i.id)).size).toBe(2);
  });

  it('an origin surge is not kept open by one site that keeps failing', () => {
    const detector = createIncidentDetector();
    for (let i = 0; i < 6; i++) detector.observeFailure({ time: T0 + i, provider: 'aws', failure: 'origin', host: `s${i}.example` });
    detector.observeHealthy({ time: T0 + MIN, provider: 'aws', host: 'ok.example' });
    for (let m = 6; m < 60; m++) detector.observeFailure({ time: T0 + m * MIN, provider: 'aws', failure: 'origin', host: 'still-broken.example' });
    expect(detector.open(T0 + 60 * MIN)).toEqual([]);
    expect(detector.all(T0 + 60 * MIN)[0]?.closedAt).toBe(T0 + 5 + 10 * MIN);
  });
});

describe('per-pop incidents', () => {
  it('failures through one pop open that pop’s incident only; a second pop opens the provider-wide one', () => {
    const detector = openedAtT0('FRA56-P5');
    const [fra] = detector.open(T0 + MIN);
    expect(fra).toMatchObject({ provider: 'cloudflare', pop: 'FRA', kind: 'edge', domains: 4 });
    expect(summarizeIncident(must(fra))).toBe('Cloudflare looks down near FRA: 4 sites failed at its edge since 11:20 UTC');
    detector.observeFailure(edge(9, T0 + 5000, 'AMS'));
    const open = detector.open(T0 + MIN);
    expect(open.map((i) => i.pop ?? 'all')).toEqual(['FRA', 'all']);
    expect(open[1]?.pops.sort()).toEqual(['AMS', 'FRA']);
    expect(summarizeIncident(must(open[1]))).toMatch(/through (AMS and FRA|FRA and AMS)$/);
  });

  it('a healthy answer at another pop does not close a pop incident; one at that pop, or with no pop, does', () => {
    const detector = openedAtT0('FRA');
    detector.observeHealthy({ time: T0 + MIN, provider: 'cloudflare', pop: 'AMS', host: 'fine.example' });
    expect(detector.open(T0 + 30 * MIN)).toHaveLength(1);
    detector.observeHealthy({ time: T0 + 30 * MIN, provider: 'cloudflare', pop: 'fra', host: 'fine.example' });
    expect(detector.open(T0 + 30 * MIN)).toEqual([]);
  });

  it('opens the pop’s and the provider-wide incident together when one failure completes both', () => {
    const detector = createIncidentDetector();
    for (let i = 0; i < 3; i++) detector.observeFailure(edge(i, T0 + i, 'FRA'));
    detector.observeFailure(edge(0, T0 + 3, 'AMS')); // a site already counted, through another pop
    expect(detector.open(T0 + 10)).toEqual([]);
    expect(detector.observeFailure(edge(4, T0 + 4, 'FRA'))?.pop).toBe('FRA');
    expect(detector.open(T0 + 10).map((i) => i.pop ?? 'all')).toEqual(['FRA', 'all']);
  });

  it('failures without a pop open a provider-wide incident', () => {
    expect(openedAtT0().open(T0 + MIN).map((i) => i.pop)).toEqual([undefined]);
  });
});

describe('counting sites', () => {
  it('counts sites on shared platforms (github.io, pages.dev) as the different sites they are when they answered from the provider\'s ranges', () => {
    const detector = createIncidentDetector();
    ['alice.github.io', 'bob.github.io', 'carol.github.io', 'dave.github.io'].forEach((host, i) =>
      detector.observeFailure({ time: T0 + i, provider: 'github', failure: 'edge', host, fromRanges: true }));
    expect(detector.open(T0 + 1000)[0]?.sample.sort()).toEqual(['alice.github.io', 'bob.github.io', 'carol.github.io', 'dave.github.io']);
  });

  it('counts subdomains of one platform suffix as one site otherwise (anyone can have four of them)', () => {
    const detector = createIncidentDetector();
    ['alice.github.io', 'bob.github.io', 'carol.pages.dev', 'dave.pages.dev', 'erin.vercel.app', 'frank.vercel.app'].forEach((host, i) =>
      detector.observeFailure({ time: T0 + i, provider: 'github', failure: 'edge', host }));
    expect(detector.open(T0 + 1000)).toEqual([]);
    detector.observeFailure({ time: T0 + 10, provider: 'github', failure: 'edge', host: 'www.example.com' });
    expect(detector.open(T0 + 1000)[0]?.sample.sort()).toEqual(['example.com', 'github.io', 'pages.dev', 'vercel.app']);
  });

  it('honours configured thresholds', () => {
    const detector = createIncidentDetector({ edgeMinDomains: 2, windowMs: MIN, quietMs: MIN });
    detector.observeFailure(edge(1, T0));
    detector.observeFailure(edge(2, T0 + 70_000));
    expect(detector.open(T0 + 70_000)).toEqual([]);
    detector.observeFailure(edge(3, T0 + 80_000));
    expect(detector.open(T0 + 80_000)).toHaveLength(1);
  });
});

describe('robustness', () => {
  it('ignores malformed events and failures too old for the window', () => {
    const detector = createIncidentDetector();
    const bad = [null, undefined, {}, { time: NaN, provider: 'x', failure: 'edge', host: 'a.com' }, { time: 1, provider: '', failure: 'edge', host: 'a.com' },
      { time: 1, provider: 'x', failure: 'edge', host: 42 }, { time: 1, provider: 'x', failure: 'edge', host: '' }, { time: 1, provider: 'x'.repeat(100), failure: 'edge', host: 'a.com' }];
    for (const event of bad) {
      expect(() => detector.observeFailure(event as unknown as FailureEvent)).not.toThrow();
      expect(() => detector.observeHealthy(event as unknown as FailureEvent)).not.toThrow();
    }
    detector.observeFailure(edge(0, T0 + 60 * MIN));
    for (let i = 1; i < 10; i++) detector.observeFailure(edge(i, T0 + i));
    expect(detector.all(T0 + 61 * MIN)).toEqual([]);
  });

  it('stays bounded under a flood of providers, pops and domains', () => {
    const detector = createIncidentDetector();
    for (let i = 0; i < 200_000; i++) {
      detector.observeFailure({ time: T0 + i * 10, provider: `p${i % 2000}`, pop: `P${i % 97}`, failure: i % 5 ? 'edge' : 'origin', host: `h${i}.example` });
      if (i % 1000 === 0) detector.observeHealthy({ time: T0 + i * 10, provider: `p${i % 2000}`, host: 'x.example' });
    }
    const all = detector.all(T0 + 200_000 * 10);
    expect(all.filter((i) => i.closedAt !== undefined).length).toBeLessThanOrEqual(50);
    expect(Math.max(0, ...all.map((i) => i.domains))).toBeLessThanOrEqual(1000);
    expect(Math.max(0, ...all.map((i) => i.sample.length))).toBeLessThanOrEqual(5);
  });
});
