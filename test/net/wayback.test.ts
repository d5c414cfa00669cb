// lookupWayback against a stand-in availability API: a snapshot, nothing archived, a timeout, malformed
// JSON, a hostile snapshot address and a huge answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMirrors } from '../../src/core/mirrors';
import { lookupWayback, waybackLatestUrl } from '../../src/net/mirrors';
import { streamed } from './mirror-stand-ins';
import { worded } from './worded';
import { startStandIn, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

const PAGE = 'https://docs.example/guide?x=1';
const closest = (url: string, timestamp = '20250312080910') => JSON.stringify({ url: PAGE, archived_snapshots: { closest: { status: '200', available: true, url, timestamp } } });

let server: StandIn;
beforeAll(async () => {
  server = await startStandIn({
    '/ok/wayback/available': { body: closest(`http://web.archive.org/web/20250312080910/${PAGE}`) },
    '/none/wayback/available': { body: JSON.stringify({ url: PAGE, archived_snapshots: {} }) },
    '/hang/wayback/available': 'hang',
    '/malformed/wayback/available': { body: '{"archived_snapshots":{"closest":' },
    '/js/wayback/available': { body: closest('javascript:alert(1)//web.archive.org/web/20250312080910/') },
    '/elsewhere/wayback/available': { body: closest('https://evil.example/web/20250312080910/x') },
    '/badts/wayback/available': { body: closest(`http://web.archive.org/web/2025/${PAGE}`, '2025") alert(1') },
    '/down/wayback/available': { status: 503, type: 'text/html', body: '<h1>Service Unavailable</h1>' },
    '/huge/wayback/available': (_req, res) => {
      const body = JSON.stringify({ archived_snapshots: {}, pad: 'x'.repeat(200_000) });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) }).end(body);
    },
    '/stream/wayback/available': streamed(5 * 1024 * 1024),
  });
});
afterAll(() => server.close());

const lookup = (base: string, timeoutMs = 2000) => lookupWayback(PAGE, fetch, { baseUrl: server.url(base), timeoutMs, timestamp: '20251118' });

describe('lookupWayback', () => {
  it('returns the closest snapshot over https, asking with the url and timestamp', async () => {
    expect(worded(await lookup('/ok'))).toEqual({ status: 'found', url: `https://web.archive.org/web/20250312080910/${PAGE}`, timestamp: '20250312080910' });
    const request = server.requests.at(-1);
    const query = new URL(request?.url ?? '', 'http://x').searchParams;
    expect([query.get('url'), query.get('timestamp')]).toEqual([PAGE, '20251118']);
  });

  it('says when nothing is archived', async () => {
    expect(worded(await lookup('/none'))).toEqual({ status: 'none' });
  });

  it('gives up on an API that does not answer, and the core then offers the latest-snapshot shortcut', async () => {
    const started = Date.now();
    const result = await lookup('/hang', 300);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(worded(result)).toEqual({ status: 'error', error: expect.stringMatching(/^127\.0\.0\.1:\d+ did not answer within 300 ms$/) as unknown as string });
    const [s] = suggestMirrors({ url: PAGE, diagnosis: { provider: 'fastly', failure: 'edge' }, wayback: result, now: Date.now() });
    expect(s?.url).toBe(waybackLatestUrl(PAGE));
    expect(s?.url).toBe('https://web.archive.org/web/2/https://docs.example/guide?x=1');
  });

  it('reports malformed JSON, a 503 and answers without a usable snapshot as errors', async () => {
    expect(worded(await lookup('/malformed'))).toMatchObject({ status: 'error', error: expect.stringMatching(/the answer is not valid JSON/) as unknown as string });
    expect(worded(await lookup('/down'))).toMatchObject({ status: 'error', error: expect.stringMatching(/answered HTTP 503$/) as unknown as string });
    expect(worded(await lookup('/badts'))).toMatchObject({ status: 'error', error: expect.stringMatching(/no usable url or timestamp/) as unknown as string });
  });

  it('never passes on a snapshot address that is not on web.archive.org', async () => {
    for (const base of ['/js', '/elsewhere']) expect(worded(await lookup(base))).toMatchObject({ status: 'error', error: expect.stringMatching(/not on web\.archive\.org/) as unknown as string });
  });

  it('refuses a huge answer, announced or streamed', async () => {
    expect(worded(await lookup('/huge'))).toMatchObject({ status: 'error', error: expect.stringMatching(/announced \d+ bytes, more than the 65536/) as unknown as string });
    expect(worded(await lookup('/stream'))).toMatchObject({ status: 'error', error: expect.stringMatching(/sent more than the 65536 bytes/) as unknown as string });
  });

  it('sends no credentials and defaults to archive.org', async () => {
    const seen: [string, RequestInit | undefined][] = [];
    const fake = (async (url: string, init?: RequestInit) => {
      seen.push([url, init]);
      return new Response(JSON.stringify({ archived_snapshots: {} }));
    }) as typeof fetch;
    await lookupWayback(PAGE, fake, { timeoutMs: 1000 });
    expect(seen[0]?.[0]).toBe('https://archive.org/wayback/available?url=https%3A%2F%2Fdocs.example%2Fguide%3Fx%3D1');
    expect(seen[0]?.[1]?.credentials).toBe('omit');
  });
});
