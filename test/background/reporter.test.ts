import { beforeAll, describe, expect, it } from 'vitest';
import sharingCatalog from '../../src/locales/en/sharing.json';
import { useCatalogs } from '../../src/shared/i18n';
import { failure } from '../store/fake-indexeddb';
import { T, WINDOW, edge, setup } from './sharing-setup';

beforeAll(() => useCatalogs(sharingCatalog));

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
