import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE_ORANGE, BADGE_RED, badgeFor, incidentBadge } from '../../src/core/badge';
import { phrase } from '../../src/core/explain';
import { say } from '../../src/shared/say';
import type { Incident } from '../../src/core/incidents';
import outage from '../../src/locales/en/outage.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(outage));

const T0 = Date.UTC(2025, 10, 18, 11, 20);

describe('incidentBadge', () => {
  const incident: Incident = {
    id: 'cloudflare/edge/1', provider: 'cloudflare', kind: 'edge', openedAt: T0, lastFailureAt: T0, domains: 7, sample: [], pops: ['FRA'], windowMs: 300_000, evidence: '',
  };

  it('leaves the badge alone with no incident', () => {
    const badge = badgeFor(undefined, { pageHost: '', pageProvider: undefined, incidents: new Set(), countOtherSites: false });
    expect(incidentBadge(badge, [])).toBe(badge);
  });

  it('shows "!" in red on a tab with no failures, the incident leading the tooltip', () => {
    const badge = incidentBadge(badgeFor(undefined, { pageHost: '', pageProvider: undefined, incidents: new Set(), countOtherSites: false }), [incident]);
    expect(badge).toMatchObject({ text: '!', color: BADGE_RED });
    expect(say(badge.title)).toBe('Detour: Cloudflare looks down: 7 sites failed at its edge since 11:20 UTC, through FRA\n\nThis page: no provider failures on this page');
  });

  it("keeps a tab's own count, in red", () => {
    const own = { text: '2', color: BADGE_ORANGE, title: phrase('outageBadgeTitle', 'AWS failing'), page: phrase('outageBadgeSite', "AWS: x (site's server)") };
    expect(incidentBadge(own, [incident])).toMatchObject({ text: '2', color: BADGE_RED });
  });

  it('names three incidents in the tooltip and counts the rest', () => {
    const providers = ['cloudflare', 'fastly', 'akamai', 'bunny', 'vercel'];
    const open = providers.map((provider, i): Incident => ({ ...incident, id: `${provider}/edge/${i}`, provider, pops: [] }));
    const own = { text: '3', color: BADGE_ORANGE, title: phrase('outageBadgeTitle', 'x'), page: phrase('outageBadgeSite', 'three failures') };
    const lines = say(incidentBadge(own, open).title).split('\n');
    expect(lines.filter((line) => line.includes('looks down'))).toHaveLength(3);
    expect(lines).toContain('…and 2 more incidents');
    expect(lines.slice(-2)).toEqual(['This page: the site is failing', 'three failures']);
    expect(lines.some((line) => line.startsWith('Bunny'))).toBe(false);
  });
});
