import { beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/background/outbox-sender';
import { BACKOFF_KEY, LAST_BATCH_KEY, PROBLEM_KEY, readBackoff, readLastBatch, readProblem } from '../../src/background/sharing-meta';
import { serializeBatch, type Report } from '../../src/core/report';
import sharingCatalog from '../../src/locales/en/sharing.json';
import { useCatalogs } from '../../src/shared/i18n';
import { T, WINDOW, edge, setup } from './sharing-setup';

beforeAll(() => useCatalogs(sharingCatalog));

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
