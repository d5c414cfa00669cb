// A schema upgrade while another context (the worker, a popup) holds the database open must not hang
// either side: the older connection closes on versionchange and reopens on its next use.
import type { IDBPDatabase } from 'idb';
import { setImmediate as nextTask } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type StoreStatus } from '../../src/store/failure-store';
import { MIGRATIONS, type Migration } from '../../src/store/schema';
import { failure, freshFactory } from './fake-indexeddb';
import store from '../../src/locales/en/store.json';
import { useCatalogs } from '../../src/shared/i18n';
import { say } from '../../src/shared/say';

beforeAll(() => useCatalogs(store));

// A test-only next version, as a later Detour might add: a store for provider incidents.
const addIncidents: Migration = (db) => void (db as unknown as IDBPDatabase).createObjectStore('incidents', { keyPath: 'id' });
const V2 = [...MIGRATIONS, addIncidents];

async function schemaOf(indexedDB: IDBFactory): Promise<{ version: number; stores: string[] }> {
  const request = indexedDB.open('detour');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const schema = { version: db.version, stores: [...db.objectStoreNames] };
  db.close();
  return schema;
}

const idsOf = (records: { id: string }[]) => records.map((record) => record.id).sort().join(' ');

describe('schema upgrades across contexts', () => {
  it('v1 open in one context, v2 opened in another: both resolve, and the first keeps working by reopening', async () => {
    const indexedDB = freshFactory();
    const worker = await openStore({ indexedDB });
    await worker.record(failure('before'));

    const popup = await openStore({ indexedDB, migrations: V2 });
    expect(popup.status()).toEqual({ mode: 'indexeddb' });
    expect(await schemaOf(indexedDB)).toEqual({ version: V2.length, stores: ['failures', 'hosts', 'incidents', 'meta', 'outbox', 'pages'] });

    // The v1 context was closed for the upgrade; its next calls reopen the (now v2) database.
    await worker.record(failure('after'));
    expect(idsOf(await worker.recent())).toBe('after before');
    expect(idsOf(await popup.recent())).toBe('after before');
    expect(worker.status()).toEqual({ mode: 'indexeddb' });
    worker.close();
    popup.close();
  });

  it('an upgrade during a burst of writes: the writes complete, then the upgrade proceeds', async () => {
    const indexedDB = freshFactory();
    const seen: StoreStatus[] = [];
    const worker = await openStore({ indexedDB });
    const written: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      written.push(worker.record(failure(`r${i}`, { time: i })));
      if (i === 50) written.push(openStore({ indexedDB, migrations: V2, onStatus: (status) => seen.push(status) }).then((popup) => popup.close()));
      if (i % 20 === 19) await nextTask();
    }
    await Promise.all(written);
    expect(await worker.count()).toBe(200);
    expect((await schemaOf(indexedDB)).version).toBe(V2.length);
    // If it had to wait for the worker's transaction, it said so, then cleared it.
    expect(seen.at(-1) ?? { mode: 'indexeddb' }).toEqual({ mode: 'indexeddb' });
    worker.close();
  });

  it('waits, without failing, for a connection that does not close on versionchange, and opens once it closes', async () => {
    const indexedDB = freshFactory();
    (await openStore({ indexedDB })).close();
    const request = indexedDB.open('detour'); // someone else's connection, with no versionchange handler
    const stubborn = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));

    const seen: StoreStatus[] = [];
    let opened = false;
    const upgrading = openStore({ indexedDB, migrations: V2, onStatus: (status) => seen.push(status) }).then((store) => {
      opened = true;
      return store;
    });
    for (let i = 0; i < 20; i++) await nextTask();
    expect(opened).toBe(false);
    expect(say(seen.at(-1)?.problem ?? '')).toMatch(/^waiting for another open Detour page/);

    stubborn.close();
    const store = await upgrading;
    expect(store.status()).toEqual({ mode: 'indexeddb' });
    expect(seen.at(-1)).toEqual({ mode: 'indexeddb' });
    store.close();
  });

  it('code with the older schema opens a database a newer version already upgraded', async () => {
    const indexedDB = freshFactory();
    const newer = await openStore({ indexedDB, migrations: V2 });
    await newer.record(failure('from-v2'));
    newer.close();

    const older = await openStore({ indexedDB }); // asks for version 1 of a version 2 database
    expect(older.status()).toEqual({ mode: 'indexeddb' });
    await older.record(failure('from-v1'));
    expect(idsOf(await older.recent())).toBe('from-v1 from-v2');
    older.close();
  });
});
