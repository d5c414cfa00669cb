// Feed parsers, the pop matcher and the popup line, on bodies in the providers' real formats.
import { describe, expect, it } from 'vitest';
import {
  STATUS_FEEDS, decodeFeedText, matchPopComponents, parseAwsHealth, parseGoogleStatus, parseStatusFeed, parseStatuspage, statusLine as statusLinePhrase,
} from '../../../src/core/status';
import { AWS_1020, CLOUDFLARE_1118, CLOUDFLARE_QUIET, GITHUB_MAINTENANCE, GOOGLE_INCIDENTS, utf16 } from './feeds';
import { phrase } from '../../../src/core/explain';
import { say } from '../explain/say';

// The English words, as the page renders them.
const statusLine = (...args: Parameters<typeof statusLinePhrase>): string => say(statusLinePhrase(...args));

const NOW = Date.parse('2025-11-18T12:05:00Z');

describe('Statuspage summary.json', () => {
  it('reads Cloudflare on 18 Nov 2025: indicator, incidents, components (no groups), safe links only', () => {
    const report = parseStatuspage(JSON.stringify(CLOUDFLARE_1118), 'cloudflare', NOW);
    expect(report).toMatchObject({ provider: 'cloudflare', reachable: true, indicator: 'major', description: 'Partial System Outage', fetchedAt: NOW });
    if (!report.reachable) throw new Error('unreachable');
    expect(report.incidents[0]).toEqual({
      name: 'Cloudflare Global Network experiencing issues', status: 'investigating', impact: 'major',
      startedAt: Date.parse('2025-11-18T11:48:00Z'), url: 'https://stspg.io/abc123', components: ['CDN/Cache'],
    });
    expect(report.incidents[1]?.url).toBeUndefined();
    expect(report.incidents).toHaveLength(2); // the upcoming maintenance is not an incident
    expect(report.components.map((c) => c.name)).not.toContain('Cloudflare Sites and Services');
    expect(statusLine(report)).toBe("Cloudflare status: major outage — 'Cloudflare Global Network experiencing issues' (since 11:48 UTC) and 1 more");
    expect(statusLine(report, { pop: 'FRA' })).toMatch(/; Frankfurt, Germany - \(FRA\): partial outage$/);
    expect(statusLine(report, { pop: 'AMS' })).not.toMatch(/Amsterdam/);
  });

  it('says no problem only for a reachable page that reports none', () => {
    const quiet = parseStatuspage(JSON.stringify(CLOUDFLARE_QUIET), 'cloudflare', NOW);
    expect(statusLine(quiet)).toBe("Cloudflare's status page reports no problem");
    expect(statusLine({ provider: 'cloudflare', reachable: false, error: phrase('netTimeout', 'www.cloudflarestatus.com', 5000), fetchedAt: NOW }))
      .toBe("Cloudflare's status page could not be reached (www.cloudflarestatus.com did not answer within 5000 ms)");
  });

  it('treats maintenance under way as maintenance', () => {
    const report = parseStatuspage(JSON.stringify(GITHUB_MAINTENANCE), 'github', NOW);
    expect(report).toMatchObject({ indicator: 'maintenance' });
    expect(statusLine(report)).toBe("GitHub status: maintenance — 'Pages deployment maintenance' (since 09:00 UTC)");
  });

  it('turns malformed or foreign answers into an unreachable result, never "no problem"', () => {
    for (const body of ['{"status":', '<html>Bad gateway</html>', '[]', '{"page":{}}', '', 'null']) {
      const result = parseStatuspage(body, 'cloudflare', NOW);
      expect(result.reachable).toBe(false);
      expect(statusLine(result)).toMatch(/^Cloudflare's status page could not be reached \(/);
    }
  });
});

describe('AWS Health currentevents', () => {
  const json = JSON.stringify(AWS_1020);

  it('decodes UTF-16 with or without a BOM, either byte order, and UTF-8', () => {
    for (const bytes of [utf16(json, 'le', true), utf16(json, 'be', true), utf16(json, 'le', false), utf16(json, 'be', false), new TextEncoder().encode(json)]) {
      expect(decodeFeedText(bytes)).toBe(json);
      expect(decodeFeedText(bytes.buffer as ArrayBuffer)).toBe(json);
    }
    expect(decodeFeedText(`\ufeff${json}`)).toBe(json);
  });

  it('reads the ongoing events of 20 Oct 2025; ended ones and junk are left out', () => {
    const report = parseAwsHealth(utf16(json, 'le', true), 'aws', NOW);
    if (!report.reachable) throw new Error(say(report.error));
    expect(report.indicator).toBe('major');
    expect(report.incidents.map((i) => i.name)).toEqual(['Amazon DynamoDB (N. Virginia): Increased Error Rates', 'Amazon EC2 (eu-west-1): Informational message: API deprecation']);
    expect(report.incidents[0]).toMatchObject({ impact: 'major', startedAt: 1760942880000, url: 'https://health.aws.amazon.com/health/status', components: ['Amazon DynamoDB (N. Virginia)', 'AWS Lambda (N. Virginia)'] });
    expect(report.components).toEqual([{ name: 'Amazon DynamoDB (N. Virginia)', status: 'major_outage' }, { name: 'AWS Lambda (N. Virginia)', status: 'degraded_performance' }]);
    expect(statusLine(report)).toBe("AWS status: major outage — 'Amazon DynamoDB (N. Virginia): Increased Error Rates' (since 06:48 UTC) and 1 more");
    expect(statusLine(parseAwsHealth('[]', 'aws', NOW))).toBe("AWS's status page reports no problem");
    expect(parseAwsHealth('{"x":1}', 'aws', NOW).reachable).toBe(false);
    expect(parseAwsHealth(utf16('[{"broken"', 'le', true), 'aws', NOW).reachable).toBe(false);
  });
});

describe('Google Cloud incidents.json', () => {
  it('keeps only ongoing incidents (no end), with their products', () => {
    const report = parseGoogleStatus(JSON.stringify(GOOGLE_INCIDENTS), 'google', NOW);
    if (!report.reachable) throw new Error(say(report.error));
    expect(report.indicator).toBe('major');
    expect(report.incidents).toEqual([{
      name: 'Multiple Google Cloud products are experiencing elevated error rates in us-east4', status: 'service_outage', impact: 'major',
      startedAt: Date.parse('2025-11-18T10:05:00Z'), url: 'https://status.cloud.google.com/incidents/ow5i3PPK96RduMcb1SsW', components: ['Cloud Run', 'Google Compute Engine'],
    }]);
    expect(statusLine(report)).toMatch(/^Google Cloud status: major outage — 'Multiple Google Cloud products/);
    expect(statusLine(parseGoogleStatus(JSON.stringify(GOOGLE_INCIDENTS.slice(1)), 'google', NOW))).toBe("Google Cloud's status page reports no problem");
  });
});

describe('edge locations and components', () => {
  const components = [
    { name: 'Frankfurt, Germany - (FRA)', status: 'partial_outage' }, { name: 'Amsterdam, Netherlands - (AMS)', status: 'operational' },
    { name: 'Singapore, Singapore - (SIN)', status: 'operational' }, { name: 'Relax API', status: 'operational' }, { name: 'Portlandia', status: 'operational' },
    { name: 'Düsseldorf, Germany', status: 'operational' },
  ];
  it('matches Cloudflare codes, CloudFront pops and city names, not substrings', () => {
    expect(matchPopComponents('FRA', components).map((c) => c.name)).toEqual(['Frankfurt, Germany - (FRA)']);
    expect(matchPopComponents('FRA56-P5', components).map((c) => c.name)).toEqual(['Frankfurt, Germany - (FRA)']);
    expect(matchPopComponents('ams', components).map((c) => c.name)).toEqual(['Amsterdam, Netherlands - (AMS)']);
    expect(matchPopComponents('DUS', components).map((c) => c.name)).toEqual(['Düsseldorf, Germany']);
    expect(matchPopComponents('LAX', components)).toEqual([]);
    expect(matchPopComponents('PDX', components)).toEqual([]);
    expect(matchPopComponents(undefined, components)).toEqual([]);
    expect(matchPopComponents('.*', components)).toEqual([]);
  });
});

describe('feed registry', () => {
  it('has https feeds for the providers in providers.md §3, and a parser for each kind', () => {
    expect(STATUS_FEEDS.cloudflare?.url).toBe('https://www.cloudflarestatus.com/api/v2/summary.json');
    expect(STATUS_FEEDS.github?.url).toBe('https://www.githubstatus.com/api/v2/summary.json');
    expect(STATUS_FEEDS.digitalocean?.url).toBe('https://status.digitalocean.com/api/v2/summary.json');
    expect(STATUS_FEEDS.aws?.url).toBe('https://health.aws.amazon.com/public/currentevents');
    expect(STATUS_FEEDS.google?.url).toBe('https://status.cloud.google.com/incidents.json');
    for (const feed of Object.values(STATUS_FEEDS)) {
      expect(feed.url).toMatch(/^https:\/\//);
      expect(parseStatusFeed(feed.kind, '', feed.provider, NOW).reachable).toBe(false);
    }
    expect(STATUS_FEEDS.vercel?.verified).toBe(false);
  });
});
