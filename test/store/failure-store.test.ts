import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/failure-store';
import type { HostRecord } from '../../src/store/schema';
import { failure, freshFactory } from './fake-indexeddb';

describe('openStore over IndexedDB', () => {
  it('opens in indexeddb mode with no problem', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    expect(store.status()).toEqual({ mode: 'indexeddb' });
    store.close();
  });

  it('round-trips failures, pages and hosts, and keeps them across a reopen', async () => {
    const indexedDB = freshFactory();
    const store = await openStore({ indexedDB });
    const record = failure('41@1000', { provider: null, diagnosis: { provider: null, failure: 'unknown', evidence: [] }, failure: 'unknown' });
    const host: HostRecord = { host: 'shop.example', provider: 'cloudflare', via: ['cloudflare'], seen: 5, ipfsPath: '/ipfs/bafy/' };
    await store.record(record);
    await store.setPage({ tabId: 1, pageId: '1-1000', url: 'https://shop.example/', start: 1000 });
    await store.putHosts([host]);
    store.close();

    const again = await openStore({ indexedDB });
    expect(await again.forPage(1, '1-1000')).toEqual([record]); // no providerKey leaks out
    expect(await again.recent()).toEqual([record]);
    expect(await again.getPage(1)).toEqual({ tabId: 1, pageId: '1-1000', url: 'https://shop.example/', start: 1000 });
    expect(await again.getPages()).toHaveLength(1);
    expect(await again.getHost('shop.example')).toEqual(host);
    expect(await again.getHost('other.example')).toBeUndefined();
    expect(await again.getHosts()).toEqual([host]);
    await again.removePage(1);
    expect(await again.getPage(1)).toBeUndefined();
    expect(await again.getPages()).toEqual([]);
    again.close();
  });

  it('stores a failure written twice (a retry, a re-classified page) once, as last written', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    await store.record(failure('41@1000'));
    const reread = failure('41@1000', { failure: 'edge', diagnosis: { provider: 'cloudflare', failure: 'edge', evidence: ['page text'] } });
    await Promise.all([store.record(reread), store.record(reread)]);
    expect(await store.count()).toBe(1);
    expect(await store.forPage(1, '1-1000')).toEqual([reread]);
    store.close();
  });

  it('keeps what callers passed unchanged, and hands out copies', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    const record = failure('a');
    await store.record(record);
    const [read] = await store.recent();
    read!.host = 'changed.example';
    expect(record).not.toHaveProperty('providerKey');
    expect((await store.recent())[0]!.host).toBe('shop.example');
    store.close();
  });

  it('refuses a record IndexedDB could not key, without holding up the others', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    const results = await Promise.allSettled([store.record(failure('good')), store.record(failure('', {})), store.record(failure('x', { time: NaN }))]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await store.count()).toBe(1);
    await expect(store.setPage({ tabId: 1.5, pageId: 'p', url: '', start: 0 })).rejects.toThrow(TypeError);
    await expect(store.putHosts([{ host: '', provider: null, seen: 0 }])).rejects.toThrow(TypeError);
    store.close();
  });

  it('clears failures, pages and hosts in order with the writes around it', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    const before = store.record(failure('before'));
    const cleared = store.clear();
    const after = store.record(failure('after'));
    await store.setPage({ tabId: 2, pageId: 'p', url: 'https://x.example/', start: 1 });
    await Promise.all([before, cleared, after]);
    expect((await store.recent()).map((record) => record.id)).toEqual(['after']);
    await store.putHosts([{ host: 'x.example', provider: null, seen: 1 }]);
    await store.clear();
    expect(await store.getPages()).toEqual([]);
    expect(await store.getHost('x.example')).toBeUndefined();
    expect(await store.count()).toBe(0);
    store.close();
  });

  it('rejects calls after close, but still saves what it had accepted', async () => {
    const indexedDB = freshFactory();
    const store = await openStore({ indexedDB });
    const accepted = store.record(failure('accepted'));
    store.close();
    await expect(accepted).resolves.toBeUndefined();
    await expect(store.record(failure('late'))).rejects.toThrow(/closed/);
    await expect(store.count()).rejects.toThrow(/closed/);
    const again = await openStore({ indexedDB });
    expect((await again.recent()).map((record) => record.id)).toEqual(['accepted']);
    again.close();
  });
});

describe('failures stored before diagnoses carried the network error name', () => {
  it('read back with the name their first evidence line starts with, and nothing else changed', async () => {
    const indexedDB = freshFactory();
    const store = await openStore({ indexedDB });
    const old = failure('n1', { failure: 'edge', diagnosis: { provider: 'cloudflare', failure: 'edge', evidence: ['ERR_CONNECTION_RESET: the connection was reset', '104.16.1.1 is in …'] } });
    const plain = failure('n2', { failure: 'origin', diagnosis: { provider: null, failure: 'origin', evidence: ['no known provider'] } });
    const answered = failure('n3', { diagnosis: { provider: null, failure: 'origin', status: 502, evidence: ['ERR_X: looks like a name'] } });
    await Promise.all([store.record(old), store.record(plain), store.record(answered)]);
    const read = new Map((await store.recent()).map((record) => [record.id, record.diagnosis]));
    expect(read.get('n1')).toEqual({ ...old.diagnosis, networkError: 'ERR_CONNECTION_RESET' });
    expect(read.get('n2')).toEqual(plain.diagnosis);
    expect(read.get('n3')).toEqual(answered.diagnosis);
    store.close();
  });
});
