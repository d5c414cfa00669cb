import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/failure-store';
import { metaValues } from '../../src/store/meta-values';
import { instrumentedFactory, unavailableFactory } from './fake-indexeddb';

describe('metaValues', () => {
  it("keeps values in the database's meta store, beside an open failure store, for the next connection", async () => {
    const { indexedDB } = instrumentedFactory();
    const store = await openStore({ indexedDB });
    await metaValues(indexedDB).put('ranges:aws', { text: '{"prefixes":[]}', fetchedAt: 5 });
    expect(await metaValues(indexedDB).get('ranges:aws')).toEqual({ text: '{"prefixes":[]}', fetchedAt: 5 });
    expect(await metaValues(indexedDB).get('missing')).toBeUndefined();
    store.close();
  });

  it('falls back to memory when the database cannot be opened', async () => {
    const meta = metaValues(unavailableFactory());
    await meta.put('k', 1);
    expect(await meta.get('k')).toBe(1);
  });
});
