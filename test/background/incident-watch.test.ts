import { describe, expect, it } from 'vitest';
import { incidentWatch } from '../../src/background/incident-watch';
import type { Incident } from '../../src/core/incidents';
import type { Diagnosis, Failure } from '../../src/core/types';
import type { FailureRecord } from '../../src/store/schema';

const T0 = Date.UTC(2025, 10, 18, 11, 20);

function failure(n: number, site: string, failure: Failure = 'edge', time = T0 + n * 1000, corroboration: Pick<Diagnosis, 'corroborated' | 'disputed'> = { corroborated: 'seen-healthy' }): FailureRecord {
  const host = `cdn.${site}`;
  return {
    id: `s:${n}`, tabId: n, pageId: `${n}-0`, pageUrl: `https://www.${site}/`, url: `https://${host}/app.js`, host, type: 'script', time,
    provider: 'cloudflare', failure, diagnosis: { provider: 'cloudflare', failure, pop: 'FRA', evidence: [], ...corroboration },
  };
}

function setup() {
  const opened: Incident[] = [];
  const changes: Incident[][] = [];
  const watch = incidentWatch({ onOpened: (incident) => opened.push(incident), onChange: () => changes.push(watch.open(T0 + 60 * 60_000)) });
  return { watch, opened, changes };
}

describe('incidentWatch', () => {
  it('counts only failures the provider really answered: none uncorroborated or disputed, by address or by header on a host seen healthy', () => {
    const { watch, opened } = setup();
    watch.rebuild({}, [], T0);
    ['a.com', 'b.org', 'c.net', 'd.io', 'e.dev'].forEach((site, i) => watch.failure(failure(i, site, 'edge', T0 + i * 1000, {})));
    ['f.com', 'g.org', 'h.net', 'i.io'].forEach((site, i) => watch.failure(failure(10 + i, site, 'edge', T0 + 10_000 + i * 1000, { corroborated: 'address', disputed: 'cloudflare' })));
    expect(opened).toHaveLength(0);
    ['j.com', 'k.org', 'l.net'].forEach((site, i) => watch.failure(failure(20 + i, site, 'edge', T0 + 20_000 + i * 1000, { corroborated: 'address' })));
    expect(opened).toHaveLength(0);
    watch.failure(failure(30, 'm.io', 'edge', T0 + 30_000, { corroborated: 'seen-healthy' }));
    expect(opened.map((i) => i.domains)).toEqual([4]);
  });

  it('counts subdomains of one platform suffix as one site unless their answers came from the provider\'s ranges', () => {
    const { watch, opened } = setup();
    watch.rebuild({}, [], T0);
    ['a', 'b', 'c', 'd', 'e'].forEach((name, i) => watch.failure(failure(i, `${name}.pages.dev`)));
    expect(opened).toHaveLength(0);
    ['a', 'b', 'c'].forEach((name, i) => watch.failure(failure(10 + i, `${name}.vercel.app`, 'edge', T0 + 10_000 + i * 1000, { corroborated: 'address' })));
    // pages.dev (one site, seen healthy only) and three vercel.app sites answering from the ranges: four.
    expect(opened.map((i) => [...i.sample].sort())).toEqual([['a.vercel.app', 'b.vercel.app', 'c.vercel.app', 'pages.dev']]);
  });

  it('opens an incident when four unrelated sites fail at the edge, and reports the change once', () => {
    const { watch, opened, changes } = setup();
    watch.rebuild({}, [], T0);
    ['a.com', 'b.org', 'c.net'].forEach((site, i) => watch.failure(failure(i, site)));
    expect(opened).toHaveLength(0);
    watch.failure(failure(3, 'd.io'));
    expect(opened.map((i) => [i.provider, i.pop])).toEqual([['cloudflare', 'FRA']]); // all through FRA: that location's incident
    expect(changes).toHaveLength(1);
    expect(watch.open(T0 + 5000)).toHaveLength(1);
  });

  it('waits for the rebuild, replays the store in time order, then the events that arrived meanwhile', () => {
    const { watch, opened } = setup();
    watch.failure(failure(3, 'd.io'));
    expect(opened).toHaveLength(0);
    watch.rebuild({}, [failure(2, 'c.net'), failure(0, 'a.com'), failure(1, 'b.org'), failure(3, 'd.io')], T0 + 4000);
    expect(opened.length).toBeGreaterThan(0);
    expect(watch.open(T0 + 5000)[0]?.domains).toBe(4);
  });

  it('uses the thresholds it is given', () => {
    const { watch, opened } = setup();
    watch.rebuild({ edgeMinDomains: 2 }, [], T0);
    watch.failure(failure(0, 'a.com'));
    watch.failure(failure(1, 'b.org'));
    expect(opened.length).toBeGreaterThan(0);
  });

  it('closes after quiet time and a healthy answer, and ignores healthy answers from providers it does not watch', () => {
    const { watch, changes } = setup();
    watch.rebuild({}, [], T0);
    ['a.com', 'b.org', 'c.net', 'd.io'].forEach((site, i) => watch.failure(failure(i, site)));
    watch.healthy('fastly', 'x.com', undefined, T0 + 60_000);
    watch.healthy('cloudflare', 'www.a.com', 'FRA', T0 + 60_000);
    watch.tick(T0 + 5 * 60_000);
    expect(watch.open(T0 + 5 * 60_000)).toHaveLength(1);
    watch.tick(T0 + 11 * 60_000);
    expect(watch.open(T0 + 11 * 60_000)).toHaveLength(0);
    expect(changes.at(-1)).toEqual([]);
  });

  it('can be rebuilt with new thresholds while running', () => {
    const { watch, changes } = setup();
    const records = ['a.com', 'b.org', 'c.net', 'd.io'].map((site, i) => failure(i, site));
    watch.rebuild({}, records, T0 + 4000);
    expect(watch.open(T0 + 5000)).toHaveLength(1);
    watch.rebuild({ edgeMinDomains: 5 }, records, T0 + 4000);
    expect(watch.open(T0 + 5000)).toHaveLength(0);
    expect(changes.at(-1)).toEqual([]);
    watch.failure(failure(4, 'e.dev'));
    expect(watch.open(T0 + 6000)).toHaveLength(1);
  });

  it('leaves blocks, client errors and failures with no provider out', () => {
    const { watch, opened } = setup();
    watch.rebuild({ edgeMinDomains: 2 }, [], T0);
    watch.failure(failure(0, 'a.com', 'block'));
    watch.failure({ ...failure(1, 'b.org'), provider: null });
    watch.failure(failure(2, 'c.net', 'client'));
    expect(opened).toHaveLength(0);
  });
});
