// The history chart against the database, from the provider-and-time index without reading a record:
// the stored providers found by skipping from one provider's keys to the next, then one count() per
// provider and hour over an index range. IndexedDB counts by walking the range, so providers with nothing
// in the span are found with one getKey() each and left out.
import type { IDBPTransaction } from 'idb';
import type { DatabaseConnection } from './database-connection';
import { HOUR_MS, byTotal, compareProviders, type ProviderHours } from './hourly-counts';
import type { DetourDB } from './schema';

type FailuresTx = IDBPTransaction<DetourDB, ['failures'], 'readonly'>;

export function storedProviders(connection: DatabaseConnection): Promise<(string | null)[]> {
  return connection.run(['failures'], 'readonly', async (tx) => (await providerKeys(tx)).map(providerOf).sort(compareProviders));
}

export function storedHourlyCounts(connection: DatabaseConnection, start: number, hours: number): Promise<ProviderHours[]> {
  return connection.run(['failures'], 'readonly', async (tx) => {
    const index = tx.store.index('by-provider-time');
    const span = (key: string, from: number, to: number) => IDBKeyRange.bound([key, from], [key, to], false, true);
    const keys = await providerKeys(tx);
    const firsts = await Promise.all(keys.map((key) => index.getKey(span(key, start, start + hours * HOUR_MS))));
    const active = keys.filter((_, i) => firsts[i] !== undefined);
    const hourStarts = Array.from({ length: hours }, (_, hour) => start + hour * HOUR_MS);
    const counts = await Promise.all(active.map((key) => Promise.all(hourStarts.map((from) => index.count(span(key, from, from + HOUR_MS))))));
    return active.map((key, i) => ({ provider: providerOf(key), counts: counts[i] ?? [] })).sort(byTotal);
  });
}

/** Each distinct providerKey in the index: one step per provider, not per record. */
async function providerKeys(tx: FailuresTx): Promise<string[]> {
  const keys: string[] = [];
  const index = tx.store.index('by-provider-time');
  for (let cursor = await index.openKeyCursor(); cursor; cursor = await cursor.continue([cursor.key[0], Infinity])) keys.push(cursor.key[0]);
  return keys;
}

const providerOf = (key: string): string | null => (key === '' ? null : key);
