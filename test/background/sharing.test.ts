import { beforeAll, describe, expect, it } from 'vitest';
import { serializeBatch, type Report } from '../../src/core/report';
import { backoffDelay, outboxSender } from '../../src/background/outbox-sender';
import { createReporter } from '../../src/background/reporter';
import { BACKOFF_KEY, LAST_BATCH_KEY, PROBLEM_KEY, readBackoff, readLastBatch, readProblem } from '../../src/background/sharing-meta';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { openStore } from '../../src/store/failure-store';
import type { FailureRecord } from '../../src/store/schema';
import { failure, freshFactory } from '../store/fake-indexeddb';
import sharingCatalog from '../../src/locales/en/sharing.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(sharingCatalog));

const T = Date.UTC(2026, 10, 21, 7, 31, 12); // window 07:30:00
const WINDOW = Date.UTC(2026, 10, 21, 7, 30) / 1000;

function setup(overrides: Partial<Settings> = {}, indexedDB = freshFactory()) {
  const settings = { ...DEFAULT_SETTINGS, sharing: true, collectorUrl: 'http://127.0.0.1:9/', ...overrides };
  const store = openStore({ indexedDB });
  let clock = T;
  const reporter = createReporter({ store, settings: async () => settings, version: '0.1.0', now: () => clock, report: () => (error) => { throw error; } });
  const posts: { url: string; init: RequestInit }[] = [];
  let answer: number | Error = 200;
  let answerBody = '{}';
  const fetch = (async (url: string, init: RequestInit) => {
    posts.push({ url, init });
    if (answer instanceof Error) throw answer;
    return new Response(answerBody, { status: answer });
  }) as typeof globalThis.fetch;
  const sender = outboxSender({ store, settings: async () => settings, fetch, now: () => clock });
  return {
    store, settings, reporter, sender, posts, indexedDB,
    answer: (next: number | Error, body = '{}') => void ((answer = next), (answerBody = body)),
    tick: (ms: number) => void (clock += ms),
    async fail(record: FailureRecord) {
      reporter.failed(record);
      await reporter.idle();
    },
  };
}

const edge = (id: string, overrides: Partial<FailureRecord> = {}) =>
  failure(id, { time: T, failure: 'edge', diagnosis: { provider: 'cloudflare', failure: 'edge', status: 522, pop: 'fra', evidence: [], corroborated: 'address' }, ...overrides });

describe('reporter', () => {
  it('queues one report per key and window, with only the toggled fields', async () => {
    const { store, fail } = setup();
    await fail(edge('1'));
    await fail(edge('2'));
    await fail(failure('3', { time: T, failure: 'block', diagnosis: { provider: 'cloudflare', failure: 'block', status: 403, evidence: [], corroborated: 'address' } }));
    await fail(failure('4', { time: T, provider: null, failure: 'edge', diagnosis: { provider: null, failure: 'edge', status: 502, evidence: [], corroborated: 'address' } }));
    const queued = await (await store).outbox();
    expect(queued.map((record) => record.report)).toEqual([{ window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, version: '0.1.0' }]);
  });

  it('adds the edge location and the registrable domain only when asked', async () => {
    const { store, fail } = setup({ sharePop: true, shareDomain: true });
    await fail(edge('1', { host: 'cdn.shop.example.co.uk' }));
    const [queued] = await (await store).outbox();
    expect(queued?.report).toEqual({ window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, pop: 'FRA', domain: 'example.co.uk', version: '0.1.0' });
  });

  it('lets a failure re-classified from its page text replace its unsent report, not add one', async () => {
    const { store, fail, sender } = setup();
    await fail(edge('1', { failure: 'origin', diagnosis: { provider: 'cloudflare', failure: 'origin', status: 502, evidence: [], corroborated: 'address' } }));
    await fail(edge('1')); // the page's text says the edge failed
    expect((await (await store).outbox()).map((record) => record.report)).toEqual([expect.objectContaining({ failure: 'edge', status: 522 })]);
    await fail(edge('1', { diagnosis: { provider: 'cloudflare', failure: 'edge', status: 503, evidence: [], corroborated: 'address' } })); // same key, new status
    expect((await (await store).outbox()).map((record) => record.report)).toEqual([expect.objectContaining({ failure: 'edge', status: 503 })]);
    await sender.send();
    await fail(edge('1', { failure: 'origin', diagnosis: { provider: 'cloudflare', failure: 'origin', status: 502, evidence: [], corroborated: 'address' } }));
    expect(await (await store).outbox()).toEqual([]); // sent already: that failure was counted once
  });

  it('queues nothing for a failure its provider is not known to have answered, or whose address disputes it', async () => {
    const { store, fail } = setup();
    await fail(edge('1', { diagnosis: { provider: 'cloudflare', failure: 'edge', status: 522, evidence: [] } }));
    await fail(edge('2', { diagnosis: { provider: 'cloudflare', failure: 'edge', status: 522, evidence: [], corroborated: 'seen-healthy', disputed: 'cloudflare' } }));
    expect(await (await store).outbox()).toEqual([]);
    await fail(edge('3'));
    expect(await (await store).outbox()).toHaveLength(1);
  });

  it('queues nothing while sharing is off', async () => {
    const { store, fail } = setup({ sharing: false });
    await fail(edge('1'));
    expect(await (await store).outbox()).toEqual([]);
  });

  it('after a restart, does not queue again what is queued or was just sent', async () => {
    const first = setup();
    await first.fail(edge('1'));
    await first.fail(edge('2', { diagnosis: { provider: 'fastly', failure: 'edge', status: 503, evidence: [], corroborated: 'address' }, provider: 'fastly' }));
    await first.sender.send();
    await first.fail(edge('3', { diagnosis: { provider: 'aws', failure: 'edge', status: 502, evidence: [], corroborated: 'seen-healthy' }, provider: 'aws' }));
    (await first.store).close();
    const again = setup({}, first.indexedDB);
    for (const provider of ['cloudflare', 'fastly', 'aws']) await again.fail(edge(`x-${provider}`, { provider, diagnosis: { provider, failure: 'edge', status: 500, evidence: [], corroborated: 'address' } }));
    expect((await (await again.store).outbox()).map((record) => record.report)).toEqual([expect.objectContaining({ provider: 'aws', status: 502 })]);
  });
});

describe('outbox sender', () => {
  it('leaves out of queued reports a field whose switch was turned off since, sending alike ones once', async () => {
    const { fail, sender, posts, settings } = setup({ sharePop: true, shareDomain: true });
    await fail(edge('1', { host: 'cdn.shop.example.co.uk' }));
    await fail(edge('2', { host: 'www.other.example' }));
    settings.sharePop = false;
    settings.shareDomain = false;
    expect(await sender.send()).toBe('sent');
    expect(JSON.parse(String(posts[0]?.init.body))).toEqual({ reports: [{ window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, version: '0.1.0' }] });
  });

  it('posts the exact queued bytes without credentials, removes them after a 2xx, and keeps the batch sent', async () => {
    const { store, fail, sender, posts } = setup();
    await fail(edge('1'));
    const queued = (await (await store).outbox()).map((record) => record.report as Report);
    expect(await sender.send()).toBe('sent');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url).toBe('http://127.0.0.1:9/v1/reports');
    expect(posts[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body: serializeBatch(queued) });
    expect(await (await store).outbox()).toEqual([]);
    expect(readLastBatch(await (await store).getMeta(LAST_BATCH_KEY))?.body).toBe(serializeBatch(queued));
    expect(await sender.send()).toBe('empty');
    expect(posts).toHaveLength(1);
  });

  it('keeps the batch and backs off, doubling, on a network error or a 5xx; survives a restart', async () => {
    const { store, fail, sender, posts, answer, tick, indexedDB } = setup();
    await fail(edge('1'));
    answer(new TypeError('Failed to fetch'));
    expect(await sender.send()).toBe('retry');
    expect(readBackoff(await (await store).getMeta(BACKOFF_KEY))).toEqual({ attempts: 1, nextAt: T + backoffDelay(1) });
    expect(readProblem(await (await store).getMeta(PROBLEM_KEY))?.message).toMatch(/could not reach the collector/);
    expect(await sender.send()).toBe('waiting');
    tick(backoffDelay(1));
    answer(503);
    expect(await sender.send()).toBe('retry');
    expect(readBackoff(await (await store).getMeta(BACKOFF_KEY)).attempts).toBe(2);
    expect(backoffDelay(2)).toBe(2 * backoffDelay(1));
    expect(posts).toHaveLength(2);
    (await store).close();

    const again = setup({}, indexedDB);
    expect(await again.sender.send()).toBe('waiting'); // the wait is in the store, not in memory
    again.tick(backoffDelay(1) + backoffDelay(2)); // its clock starts where the first one did
    expect(await again.sender.send()).toBe('sent');
    expect(await (await again.store).outbox()).toEqual([]);
    expect(await (await again.store).getMeta(PROBLEM_KEY)).toBeUndefined();
  });

  it('drops a batch the collector refuses for good (4xx) and says so', async () => {
    const { store, fail, sender, answer } = setup();
    await fail(edge('1'));
    answer(400);
    expect(await sender.send()).toBe('dropped');
    expect(await (await store).outbox()).toEqual([]);
    expect(readProblem(await (await store).getMeta(PROBLEM_KEY))).toMatchObject({ dropped: 1, message: expect.stringMatching(/HTTP 400/) });
  });

  it('retries a 429 instead of dropping', async () => {
    const { store, fail, sender, answer } = setup();
    await fail(edge('1'));
    answer(429);
    expect(await sender.send()).toBe('retry');
    expect(await (await store).outbox()).toHaveLength(1);
  });

  it('sends nothing, and clears the queue, when sharing is off', async () => {
    const s = setup();
    await s.fail(edge('1'));
    s.settings.sharing = false;
    expect(await s.sender.send()).toBe('off');
    expect(s.posts).toEqual([]);
    expect(await (await s.store).outbox()).toEqual([]);
  });

  it('drops, counts and does not send a report the collector would refuse (its window is no longer taken)', async () => {
    const { store, fail, sender, posts, answer, tick } = setup();
    await fail(edge('1'));
    answer(503);
    expect(await sender.send()).toBe('retry');
    tick(10 * 60_000); // the backoff outlasted the report's window and the next one
    await fail(edge('2', { time: T + 10 * 60_000, diagnosis: { provider: 'fastly', failure: 'edge', status: 503, evidence: [], corroborated: 'address' }, provider: 'fastly' }));
    answer(200, JSON.stringify({ stored: 1, refused: [] }));
    expect(await sender.send()).toBe('sent');
    expect(posts).toHaveLength(2);
    expect(JSON.parse(String(posts[1]?.init.body)).reports).toEqual([expect.objectContaining({ provider: 'fastly', window: WINDOW + 600 })]);
    expect(await (await store).outbox()).toEqual([]);
    expect(readProblem(await (await store).getMeta(PROBLEM_KEY))).toMatchObject({ dropped: 1, message: expect.stringMatching(/stale-window: 1/) });
  });

  it('removes reports the collector refused in its answer, counts them, and does not send them again', async () => {
    const { store, fail, sender, posts, answer } = setup();
    await fail(edge('1'));
    await fail(edge('2', { diagnosis: { provider: 'fastly', failure: 'edge', status: 503, evidence: [] }, provider: 'fastly' }));
    answer(200, JSON.stringify({ stored: 1, refused: [{ index: 1, reason: 'unknown-provider' }] }));
    expect(await sender.send()).toBe('sent');
    expect(await (await store).outbox()).toEqual([]);
    expect(readProblem(await (await store).getMeta(PROBLEM_KEY))).toMatchObject({ dropped: 1, message: expect.stringMatching(/unknown-provider: 1/) });
    expect(await sender.send()).toBe('empty');
    expect(posts).toHaveLength(1);
  });

  it('drops what it cannot read as a report, and says so', async () => {
    const { store, sender, posts } = setup();
    await (await store).queueReports([{ id: 'junk', queuedAt: T, report: { window: WINDOW, provider: 'cloudflare', failure: 'edge' } as unknown as Report }]);
    expect(await sender.send()).toBe('dropped');
    expect(posts).toEqual([]);
    expect(await (await store).outbox()).toEqual([]);
    expect(readProblem(await (await store).getMeta(PROBLEM_KEY))).toMatchObject({ dropped: 1, message: expect.stringMatching(/invalid-report: 1/) });
  });
});
