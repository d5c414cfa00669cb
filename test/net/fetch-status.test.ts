// fetchStatus against local stand-ins speaking Statuspage, AWS Health (UTF-16) and Google Cloud, with
// the once-a-minute limit on a clock the test controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_FEEDS, statusLine as statusLinePhrase, type StatusFeed } from '../../src/core/status';
import { createStatusCache, fetchStatus } from '../../src/net';
import { AWS_1020, CLOUDFLARE_1118, GOOGLE_INCIDENTS, utf16 } from '../core/status/feeds';
import { startStandIn, type StandIn } from './stand-in-server';
import { say } from '../core/explain/say';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

// The English words, as the page renders them.
const statusLine = (...args: Parameters<typeof statusLinePhrase>): string => say(statusLinePhrase(...args));

const NOW = Date.parse('2025-11-18T12:05:00Z');
let server: StandIn;
beforeAll(async () => {
  server = await startStandIn({
    '/api/v2/summary.json': { body: JSON.stringify(CLOUDFLARE_1118) },
    '/public/currentevents': { type: 'application/json', body: utf16(JSON.stringify(AWS_1020), 'le', true) },
    '/incidents.json': { body: JSON.stringify(GOOGLE_INCIDENTS) },
    '/malformed/api/v2/summary.json': { body: '{"status":{"indicator":"none"' },
    '/down/api/v2/summary.json': { status: 500, type: 'text/html', body: '<h1>500</h1>' },
    '/hang/api/v2/summary.json': 'hang',
  });
});
afterAll(() => server.close());

const feed = (kind: StatusFeed['kind'], path: string, provider = 'cloudflare'): StatusFeed => ({ ...(STATUS_FEEDS[provider] as StatusFeed), kind, url: server.url(path) });

describe('fetchStatus', () => {
  it('reads a Statuspage summary, an AWS Health feed in UTF-16 and Google Cloud incidents', async () => {
    const cache = createStatusCache();
    const cf = await fetchStatus('cloudflare', feed('statuspage', '/api/v2/summary.json'), fetch, { timeoutMs: 2000, now: NOW, cache });
    expect(statusLine(cf)).toMatch(/^Cloudflare status: major outage — 'Cloudflare Global Network experiencing issues' \(since 11:48 UTC\)/);
    const aws = await fetchStatus('aws', feed('aws-health', '/public/currentevents', 'aws'), fetch, { timeoutMs: 2000, now: NOW, cache });
    expect(aws).toMatchObject({ reachable: true, indicator: 'major', fetchedAt: NOW });
    const google = await fetchStatus('google', feed('google-cloud', '/incidents.json', 'google'), fetch, { timeoutMs: 2000, now: NOW, cache });
    expect(google).toMatchObject({ reachable: true, indicator: 'major' });
  });

  it('asks each provider at most once a minute, sharing the answer (even while pending)', async () => {
    const cache = createStatusCache();
    const f = feed('statuspage', '/api/v2/summary.json');
    const before = server.hits('/api/v2/summary.json');
    const [a, b] = await Promise.all([
      fetchStatus('cloudflare', f, fetch, { timeoutMs: 2000, now: NOW, cache }),
      fetchStatus('cloudflare', f, fetch, { timeoutMs: 2000, now: NOW + 1000, cache }),
    ]);
    expect(a).toBe(b);
    await fetchStatus('cloudflare', f, fetch, { timeoutMs: 2000, now: NOW + 59_999, cache });
    expect(server.hits('/api/v2/summary.json') - before).toBe(1);
    const later = await fetchStatus('cloudflare', f, fetch, { timeoutMs: 2000, now: NOW + 60_000, cache });
    expect(server.hits('/api/v2/summary.json') - before).toBe(2);
    expect(later.fetchedAt).toBe(NOW + 60_000);
    await fetchStatus('github', { ...f, provider: 'github' }, fetch, { timeoutMs: 2000, now: NOW + 60_001, cache });
    expect(server.hits('/api/v2/summary.json') - before).toBe(3);
  });

  it('reports a feed that is down, hangs or answers garbage as unreachable, never as no problem', async () => {
    const cache = createStatusCache();
    const down = await fetchStatus('cloudflare', feed('statuspage', '/down/api/v2/summary.json'), fetch, { timeoutMs: 2000, now: NOW, cache });
    expect(statusLine(down)).toMatch(/^Cloudflare's status page could not be reached \(127\.0\.0\.1:\d+ answered HTTP 500 Internal Server Error\)$/);
    const hang = await fetchStatus('fastly', feed('statuspage', '/hang/api/v2/summary.json', 'fastly'), fetch, { timeoutMs: 300, now: NOW, cache });
    expect(statusLine(hang)).toMatch(/^Fastly's status page could not be reached \(127\.0\.0\.1:\d+ did not answer within 300 ms\)$/);
    const garbage = await fetchStatus('github', feed('statuspage', '/malformed/api/v2/summary.json', 'github'), fetch, { timeoutMs: 2000, now: NOW, cache });
    expect(statusLine(garbage)).toMatch(/^GitHub's status page could not be reached \(the answer is not valid JSON/);
  });

  it('sends no credentials and honours a fake fetch', async () => {
    const seen: RequestInit[] = [];
    const fake = (async (_url: string, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(JSON.stringify({ status: { indicator: 'none', description: 'All Systems Operational' }, incidents: [], components: [] }));
    }) as typeof fetch;
    const result = await fetchStatus('cloudflare', STATUS_FEEDS.cloudflare as StatusFeed, fake, { timeoutMs: 1000, now: NOW, cache: createStatusCache() });
    expect(statusLine(result)).toBe("Cloudflare's status page reports no problem");
    expect(seen[0]?.credentials).toBe('omit');
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});
