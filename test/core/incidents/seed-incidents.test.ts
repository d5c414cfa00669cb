// Timelines shaped like providers.md §0's seed incidents, plus the two that must never open one.
import { describe, expect, it } from 'vitest';
import { createIncidentDetector, summarizeIncident as summarizeIncidentPhrase } from '../../../src/core/incidents';
import { MIN, at, failure, healthy, must, random, replay, type Event } from './timeline';
import { say } from '../explain/say';

// The English words, as the page renders them.
const summarizeIncident = (...args: Parameters<typeof summarizeIncidentPhrase>): string => say(summarizeIncidentPhrase(...args));

describe('Cloudflare, 18 Nov 2025', () => {
  // 11:20–14:30 UTC: Cloudflare-generated 500s and failing challenge loads on many sites, several pops;
  // some requests still succeeded, and bot scores of 0 produced spurious blocks.
  function timeline(): Event[] {
    const rnd = random(1118);
    const pops = ['FRA', 'AMS', 'LHR'];
    const events: Event[] = [];
    const start = at('2025-11-18T11:20:00Z');
    for (let i = 0; i < 400; i++) {
      const time = start + Math.floor(rnd() * 190 * MIN);
      const site = `site${Math.floor(rnd() * 60)}${i % 3 === 0 ? '.co.uk' : '.com'}`;
      const pop = pops[Math.floor(rnd() * pops.length)];
      const roll = rnd();
      if (roll < 0.45) events.push(failure({ time, provider: 'cloudflare', pop, failure: 'edge', host: `www.${site}` }));
      else if (roll < 0.7) events.push(failure({ time, provider: 'cloudflare', failure: 'edge', host: 'challenges.cloudflare.com', site }));
      else if (roll < 0.85) events.push(failure({ time, provider: 'cloudflare', pop, failure: 'block', host: site }));
      else events.push(healthy({ time, provider: 'cloudflare', pop, host: site }));
    }
    return events;
  }

  it('opens a Cloudflare edge incident within minutes, through several pops', () => {
    const detector = createIncidentDetector();
    replay(detector, timeline().filter((e) => e.event.time < at('2025-11-18T11:30:00Z')));
    const open = detector.open(at('2025-11-18T11:30:00Z'));
    const wide = open.find((i) => i.pop === undefined);
    expect(wide).toMatchObject({ provider: 'cloudflare', kind: 'edge' });
    expect(wide?.openedAt).toBeLessThan(at('2025-11-18T11:26:00Z'));
    expect(wide?.pops.length).toBeGreaterThanOrEqual(2);
    expect(wide?.domains).toBeGreaterThanOrEqual(4);
    expect(wide?.sample.every((d) => !d.startsWith('www.') && d !== 'cloudflare.com')).toBe(true);
    expect(summarizeIncident(must(wide))).toMatch(/^Cloudflare looks down: \d+ sites failed at its edge since 11:2\d UTC, through /);
    expect(open.every((i) => i.provider === 'cloudflare' && i.kind === 'edge')).toBe(true);
  });

  it('keeps it open through the outage and closes it after the failures stop and Cloudflare answers again', () => {
    const detector = createIncidentDetector();
    replay(detector, timeline());
    const end = at('2025-11-18T14:30:00Z');
    expect(detector.open(end).length).toBeGreaterThan(0);
    const last = Math.max(...detector.open(end).map((i) => i.lastFailureAt));
    detector.observeHealthy({ time: end + 2 * MIN, provider: 'cloudflare', host: 'recovered.example' });
    expect(detector.open(last + 10 * MIN)).toEqual([]);
    const wide = detector.all(end + 60 * MIN).filter((i) => i.pop === undefined);
    expect(wide).toHaveLength(1);
    expect(wide[0]?.closedAt).toBe(Math.max(must(wide[0]).lastFailureAt + 10 * MIN, end + 2 * MIN));
    expect(wide[0]?.domains).toBeGreaterThan(30);
  });

  it('counts failed challenge loads for the page that made them, not for cloudflare.com', () => {
    const detector = createIncidentDetector();
    const time = at('2025-11-18T11:25:00Z');
    for (let i = 0; i < 50; i++) detector.observeFailure({ time: time + i, provider: 'cloudflare', failure: 'edge', host: 'challenges.cloudflare.com' });
    expect(detector.open(time + MIN)).toEqual([]);
    for (let i = 0; i < 4; i++) detector.observeFailure({ time: time + 100 + i, provider: 'cloudflare', failure: 'edge', host: 'challenges.cloudflare.com', site: `https://shop${i}.example/cart` });
    expect(detector.open(time + MIN)).toHaveLength(1);
  });
});

describe('AWS us-east-1, 20 Oct 2025', () => {
  // DynamoDB's empty DNS record from 06:48 UTC: origin-looking 5xx from many sites' apps behind ELB and
  // API Gateway, while CloudFront kept answering. The 3 hours before carry the usual sporadic origin errors.
  function timeline(): Event[] {
    const rnd = random(1020);
    const events: Event[] = [];
    const surge = at('2025-10-20T06:48:00Z');
    for (let t = surge - 3 * 60 * MIN; t < surge; t += 20 * MIN) {
      events.push(failure({ time: t, provider: 'aws', failure: 'origin', host: `api.usual${Math.floor(rnd() * 5)}.example` }));
      events.push(healthy({ time: t + MIN, provider: 'aws', host: 'd111.cloudfront.net' }));
    }
    for (let i = 0; i < 300; i++) {
      const time = surge + Math.floor(rnd() * 120 * MIN);
      const site = Math.floor(rnd() * 80);
      if (rnd() < 0.75) events.push(failure({ time, provider: 'aws', failure: 'origin', host: `app.tenant${site}.com` }));
      else events.push(healthy({ time, provider: 'aws', pop: 'IAD89-C1', host: `static${site}.example` }));
    }
    return events;
  }

  it('opens an origin-surge incident for aws, and no edge incident', () => {
    const detector = createIncidentDetector();
    replay(detector, timeline().filter((e) => e.event.time < at('2025-10-20T07:10:00Z')));
    const open = detector.open(at('2025-10-20T07:10:00Z'));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ provider: 'aws', kind: 'origin-surge' });
    expect(open[0]?.openedAt).toBeLessThan(at('2025-10-20T07:00:00Z'));
    expect(open[0]?.evidence).toMatch(/sites behind AWS failed at their own servers within 5 minutes/);
    expect(summarizeIncident(must(open[0]))).toMatch(/^AWS looks troubled: \d+ sites behind it failed at their own servers since 06:\d\d UTC/);
  });

  it('stays open while sites keep failing, though CloudFront answers healthily all along', () => {
    const detector = createIncidentDetector();
    replay(detector, timeline());
    expect(detector.open(at('2025-10-20T08:40:00Z'))).toHaveLength(1);
  });

  it('does not open when the same number of origin failures is the usual level', () => {
    const detector = createIncidentDetector();
    const start = at('2025-10-20T03:00:00Z');
    // A heavy user: 3 distinct failing sites behind AWS in every 5 minutes for 3 hours.
    for (let w = 0; w < 36; w++) {
      for (let s = 0; s < 3; s++) detector.observeFailure({ time: start + w * 5 * MIN + s * MIN, provider: 'aws', failure: 'origin', host: `w${w}s${s}.example` });
    }
    const now = start + 36 * 5 * MIN;
    for (let s = 0; s < 8; s++) detector.observeFailure({ time: now + s * 1000, provider: 'aws', failure: 'origin', host: `now${s}.example` });
    expect(detector.open(now + MIN)).toEqual([]);
    for (let s = 8; s < 16; s++) detector.observeFailure({ time: now + s * 1000, provider: 'aws', failure: 'origin', host: `now${s}.example` });
    expect(detector.open(now + MIN).map((i) => i.kind)).toEqual(['origin-surge']);
  });
});

describe('what must never open an incident', () => {
  it("one site's outage: hundreds of failures across its hosts, one registrable domain", () => {
    const detector = createIncidentDetector();
    const start = at('2025-06-01T09:00:00Z');
    const hosts = ['www.bigshop.co.uk', 'api.bigshop.co.uk', 'img.bigshop.co.uk', 'checkout.eu.bigshop.co.uk', 'bigshop.co.uk'];
    for (let i = 0; i < 600; i++) {
      const failureClass = i % 3 === 0 ? 'edge' : 'origin';
      detector.observeFailure({ time: start + i * 2000, provider: 'cloudflare', pop: 'FRA', failure: failureClass, host: hosts[i % hosts.length]! });
    }
    expect(detector.all(start + 30 * MIN)).toEqual([]);
  });

  it('a burst of bot checks on one site', () => {
    const detector = createIncidentDetector();
    const start = at('2025-06-01T09:00:00Z');
    for (let i = 0; i < 300; i++) {
      detector.observeFailure({ time: start + i * 500, provider: 'cloudflare', pop: 'AMS', failure: 'block', host: `m${i % 7}.forum.example` });
      detector.observeFailure({ time: start + i * 500 + 1, provider: 'cloudflare', failure: 'edge', host: 'challenges.cloudflare.com', site: 'forum.example' });
    }
    expect(detector.all(start + 30 * MIN)).toEqual([]);
  });

  it('blocks and client errors, however many sites', () => {
    const detector = createIncidentDetector();
    const start = at('2025-06-01T09:00:00Z');
    for (let i = 0; i < 200; i++) {
      detector.observeFailure({ time: start + i * 1000, provider: 'cloudflare', failure: i % 2 ? 'block' : 'client', host: `s${i}.example` });
      detector.observeFailure({ time: start + i * 1000, provider: 'aws', failure: 'unknown', host: `u${i}.example` });
      detector.observeFailure({ time: start + i * 1000, provider: 'aws', failure: 'none', host: `n${i}.example` });
    }
    expect(detector.all(start + 30 * MIN)).toEqual([]);
  });
});
