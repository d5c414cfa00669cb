// fetchRangeList against local stand-ins serving the real list formats, and the ways a download fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRangeLookup, type RangeSource } from '../../src/core/ipranges';
import { fetchRangeList } from '../../src/net';
import { generateAwsRanges } from '../core/ipranges/generate-aws-ranges';
import { worded } from './worded';
import { startStandIn, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

const CLOUDFLARE_V4 = '173.245.48.0/20\n103.21.244.0/22\n104.16.0.0/13\n172.64.0.0/13\n';
const HUGE = Array.from({ length: 300_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}/32`).join('\n');

let server: StandIn;
beforeAll(async () => {
  server = await startStandIn({
    '/ips-v4': { type: 'text/plain', body: CLOUDFLARE_V4 },
    '/ip-ranges.json': { body: JSON.stringify(generateAwsRanges()) },
    '/broken.json': { body: '{"syncToken":"1","prefixes":[{"ip_prefix":"3.0.0.0/15","ser' },
    '/huge.txt': { type: 'text/plain', body: HUGE },
    '/huge-announced.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(HUGE) }).end(HUGE);
    },
    '/edgeserverlist': { body: '["89.187.188.227","185.93.1.243"]' },
    '/error': { status: 500, type: 'text/html', body: '<h1>Internal Server Error</h1>' },
    '/hang': 'hang',
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('104.16.0.0/13\n'); // then nothing more
    },
  });
});
afterAll(() => server.close());

const source = (path: string, format: RangeSource['format'] = 'cloudflare-text'): RangeSource => ({ id: path, provider: 'x', url: server.url(path), format });

describe('fetchRangeList', () => {
  it('downloads and parses Cloudflare text, without cookies', async () => {
    const result = await fetchRangeList(source('/ips-v4'), fetch, { timeoutMs: 2000 });
    expect(result.ok && result.ranges.map((r) => r.cidr)).toEqual(['173.245.48.0/20', '103.21.244.0/22', '104.16.0.0/13', '172.64.0.0/13']);
    expect(server.requests.at(-1)?.headers.cookie).toBeUndefined();
  });

  it('downloads an AWS-sized ip-ranges.json and builds a working lookup', async () => {
    const result = await fetchRangeList(source('/ip-ranges.json', 'aws'), fetch, { timeoutMs: 5000 });
    if (!result.ok) throw new Error(worded(result).error);
    expect(result.ranges.length).toBeGreaterThan(7000);
    const lookup = createRangeLookup(result.ranges);
    const cloudfront = result.ranges.find((r) => r.service === 'cloudfront' && r.cidr.includes('.'));
    expect(lookup(cloudfront?.cidr.split('/')[0] ?? '')).toMatchObject({ provider: 'aws', service: 'cloudfront', edge: true });
  });

  it('handles a huge list, and refuses one past the size ceiling', async () => {
    const result = await fetchRangeList(source('/huge.txt'), fetch, { timeoutMs: 10_000 });
    expect(result.ok && result.ranges.length).toBe(300_000);
    const capped = await fetchRangeList(source('/huge.txt'), fetch, { timeoutMs: 10_000, maxBytes: 100_000 });
    expect(worded(capped)).toMatchObject({ ok: false, error: expect.stringMatching(/^127\.0\.0\.1:\d+ sent more than the 100000 bytes Detour accepts$/) });
    const announced = await fetchRangeList(source('/huge-announced.txt'), fetch, { timeoutMs: 10_000, maxBytes: 100_000 });
    expect(worded(announced)).toMatchObject({ ok: false, error: expect.stringMatching(/^127\.0\.0\.1:\d+ announced \d+ bytes, more than the 100000 Detour accepts$/) });
  });

  it('reads the Bunny edge server list', async () => {
    const result = await fetchRangeList(source('/edgeserverlist', 'bunny'), fetch, { timeoutMs: 2000 });
    expect(result.ok && result.ranges.map((r) => r.cidr)).toEqual(['89.187.188.227/32', '185.93.1.243/32']);
  });

  it('says clearly what went wrong: malformed JSON, HTTP 500, no answer, a body that stalls, no server', async () => {
    expect(worded(await fetchRangeList(source('/broken.json', 'aws'), fetch, { timeoutMs: 2000 }))).toMatchObject({ ok: false, error: expect.stringMatching(/^no ranges in the answer \(ip-ranges.json is not valid JSON/) });
    expect(worded(await fetchRangeList(source('/error'), fetch, { timeoutMs: 2000 }))).toMatchObject({ ok: false, error: expect.stringMatching(/^127\.0\.0\.1:\d+ answered HTTP 500 Internal Server Error$/) });
    const t0 = Date.now();
    expect(worded(await fetchRangeList(source('/hang'), fetch, { timeoutMs: 300 }))).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer within 300 ms$/) });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(worded(await fetchRangeList(source('/slow-body'), fetch, { timeoutMs: 300 }))).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer within 300 ms$/) });
    const closed = await startStandIn({});
    const url = closed.url('/ips-v4');
    await closed.close();
    expect(worded(await fetchRangeList({ ...source('/x'), url }, fetch, { timeoutMs: 2000 }))).toMatchObject({ ok: false, error: expect.stringMatching(/could not be reached \(fetch failed/) });
    expect(worded(await fetchRangeList({ ...source('/x'), url: 'file:///etc/passwd' }, fetch, { timeoutMs: 2000 }))).toMatchObject({ ok: false, error: 'file: is not a web address' });
  });
});
