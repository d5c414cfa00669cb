// lookupMementos against a stand-in MemGator (/timemap/json/<url>): its JSON shape, nothing archived,
// malformed and hostile entries, a timeout and a huge TimeMap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMirrors } from '../../src/core/mirrors';
import { lookupMementos } from '../../src/net/mirrors';
import { streamed } from './mirror-stand-ins';
import { worded } from './worded';
import { startStandIn, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

const PAGE = 'https://docs.example/';
// MemGator's serializeLinks "json" case: list oldest first, then first/last navigation entries.
const TIMEMAP = {
  original_uri: PAGE,
  self: `http://memgator.local/timemap/json/${PAGE}`,
  mementos: {
    list: [
      { datetime: '2019-05-01T10:00:00Z', uri: `https://arquivo.pt/wayback/20190501100000/${PAGE}` },
      { datetime: '2024-02-03T04:05:06Z', uri: `https://web.archive.org/web/20240203040506/${PAGE}` },
      { datetime: '2024-06-01T00:00:00Z', uri: 'javascript:alert(1)' },
      { datetime: 'yesterday', uri: 'https://archive.example/x' },
      { datetime: '2025-01-01T00:00:00Z', uri: `http://insecure.example/${PAGE}` },
      null,
      { datetime: '2025-03-04T00:00:00Z', uri: `https://wayback.archive-it.org/all/20250304000000/${PAGE}` },
    ],
    first: { datetime: '2019-05-01T10:00:00Z', uri: `https://arquivo.pt/wayback/20190501100000/${PAGE}` },
    last: { datetime: '2025-03-04T00:00:00Z', uri: `https://wayback.archive-it.org/all/20250304000000/${PAGE}` },
  },
  timemap_uri: { json_format: `http://memgator.local/timemap/json/${PAGE}` },
  timegate_uri: `http://memgator.local/timegate/${PAGE}`,
};

let server: StandIn;
beforeAll(async () => {
  server = await startStandIn({
    [`/ok/timemap/json/${PAGE}`]: { body: JSON.stringify(TIMEMAP) },
    [`/missing/timemap/json/${PAGE}`]: { status: 404, type: 'text/plain', body: 'Not Found' },
    [`/malformed/timemap/json/${PAGE}`]: { body: '{"mementos": {"list": [' },
    [`/shape/timemap/json/${PAGE}`]: { body: '{"mementos": "everything"}' },
    [`/hang/timemap/json/${PAGE}`]: 'hang',
    [`/huge/timemap/json/${PAGE}`]: streamed(3 * 1024 * 1024),
  });
});
afterAll(() => server.close());

const lookup = (base: string, extra: { timeoutMs?: number; maxBytes?: number } = {}) => lookupMementos(PAGE, fetch, { baseUrl: server.url(base), timeoutMs: 2000, ...extra });

describe('lookupMementos', () => {
  it('reads the TimeMap, keeping well-formed entries; the core offers https ones from other archives', async () => {
    const result = await lookup('/ok');
    expect(result.status).toBe('found');
    expect(result.status === 'found' ? result.mementos.map((m) => m.datetime) : []).toEqual(['2019-05-01T10:00:00Z', '2024-02-03T04:05:06Z', '2024-06-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-03-04T00:00:00Z']);
    const out = suggestMirrors({ url: PAGE, diagnosis: { provider: 'fastly', failure: 'edge' }, memento: result, wayback: { status: 'none' }, now: Date.parse('2025-11-18T00:00:00Z') });
    expect(out.map((s) => s.url)).toEqual([`https://wayback.archive-it.org/all/20250304000000/${PAGE}`, `https://arquivo.pt/wayback/20190501100000/${PAGE}`]);
  });

  it('says nothing is archived on a 404', async () => {
    expect(worded(await lookup('/missing'))).toEqual({ status: 'none' });
  });

  it('reports malformed JSON, a wrong shape, a timeout and a huge TimeMap as errors', async () => {
    expect(worded(await lookup('/malformed'))).toMatchObject({ status: 'error', error: expect.stringMatching(/not valid JSON/) as unknown as string });
    expect(worded(await lookup('/shape'))).toMatchObject({ status: 'error', error: expect.stringMatching(/no mementos\.list/) as unknown as string });
    expect(worded(await lookup('/hang', { timeoutMs: 300 }))).toMatchObject({ status: 'error', error: expect.stringMatching(/did not answer within 300 ms$/) as unknown as string });
    expect(worded(await lookup('/huge', { maxBytes: 1024 * 1024 }))).toMatchObject({ status: 'error', error: expect.stringMatching(/sent more than the 1048576 bytes/) as unknown as string });
  });
});
