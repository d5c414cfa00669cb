import { beforeAll, describe, expect, it } from 'vitest';
import { rangeLists } from '../../src/background/range-lists';
import { RANGE_SOURCES } from '../../src/core/ipranges';
import { OUTAGE_DEFAULTS } from '../../src/shared/outage-settings';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

const CLOUDFLARE_V4 = RANGE_SOURCES.find((s) => s.id === 'cloudflare-v4')!;
const FASTLY = RANGE_SOURCES.find((s) => s.id === 'fastly')!;
const sources = [CLOUDFLARE_V4, FASTLY];
const DAY = 24 * 3_600_000;

function metaValues() {
  const values = new Map<string, unknown>();
  return { get: async (key: string) => values.get(key), put: async (key: string, value: unknown) => void values.set(key, value) };
}

/** A fetch that answers from a table of URL → body, and records what was asked. */
function fakeFetch(bodies: Record<string, string | undefined>) {
  const asked: string[] = [];
  const impl = (async (input: string | URL | Request) => {
    const url = String(input);
    asked.push(url);
    const body = bodies[url];
    return body === undefined ? new Response('gone', { status: 503 }) : new Response(body, { status: 200 });
  }) as typeof fetch;
  return { impl, asked };
}

describe('rangeLists', () => {
  it('answers from the seed until a list loads, then from the lists (a new range the seed lacks)', async () => {
    const meta = metaValues();
    const { impl, asked } = fakeFetch({ 'http://127.0.0.1:9/cloudflare-v4': '104.16.0.0/13\n203.0.113.0/24\n', 'http://127.0.0.1:9/fastly': '{"addresses":["151.101.0.0/16"],"ipv6_addresses":[]}' });
    const lists = rangeLists({ meta, fetch: impl, sources });
    expect(lists.lookup('104.16.1.1')?.provider).toBe('cloudflare'); // the seed
    expect(lists.lookup('203.0.113.7')).toBeUndefined();
    const errors = await lists.refresh({ ...OUTAGE_DEFAULTS, rangeListsBaseUrl: 'http://127.0.0.1:9' }, 1000);
    expect(errors).toEqual([]);
    expect(asked).toEqual(['http://127.0.0.1:9/cloudflare-v4', 'http://127.0.0.1:9/fastly']);
    expect(lists.lookup('203.0.113.7')?.provider).toBe('cloudflare');
    expect(lists.oldest()).toBe(1000);
    // Cached raw text + fetchedAt: a new worker loads it without fetching.
    expect(await meta.get('ranges:cloudflare-v4')).toEqual({ text: '104.16.0.0/13\n203.0.113.0/24\n', fetchedAt: 1000 });
    const restarted = rangeLists({ meta, fetch: fakeFetch({}).impl, sources });
    await restarted.load();
    expect(restarted.lookup('203.0.113.7')?.provider).toBe('cloudflare');
  });

  it('keeps the last good copy when a refresh fails or comes back empty', async () => {
    const meta = metaValues();
    const lists = rangeLists({ meta, fetch: fakeFetch({ [CLOUDFLARE_V4.url]: '203.0.113.0/24\n', [FASTLY.url]: '{"addresses":["198.51.100.0/24"]}' }).impl, sources });
    await lists.refresh(OUTAGE_DEFAULTS, 1000);
    expect(lists.lookup('198.51.100.1')?.provider).toBe('fastly');
    const broken = rangeLists({ meta, fetch: fakeFetch({ [CLOUDFLARE_V4.url]: '<html>maintenance</html>' }).impl, sources });
    await broken.load();
    expect(await broken.refresh(OUTAGE_DEFAULTS, 2000)).toEqual([]); // not due for a day: nothing fetched
    const errors = await broken.refresh(OUTAGE_DEFAULTS, 1000 + DAY);
    expect(errors).toHaveLength(2);
    expect(errors[1]).toContain('HTTP 503');
    expect(broken.lookup('203.0.113.1')?.provider).toBe('cloudflare');
    expect(broken.lookup('198.51.100.1')?.provider).toBe('fastly');
    expect(broken.oldest()).toBe(1000);
    // A failed list waits as long as a good one before the next try.
    expect(await broken.refresh(OUTAGE_DEFAULTS, 1000 + DAY + 60_000)).toEqual([]);
  });

  it('fetches nothing when range lists are switched off', async () => {
    const { impl, asked } = fakeFetch({});
    const lists = rangeLists({ meta: metaValues(), fetch: impl, sources });
    expect(await lists.refresh({ ...OUTAGE_DEFAULTS, fetchRangeLists: false }, 1)).toEqual([]);
    expect(asked).toEqual([]);
  });
});
