// The status keeper tells onStatus only of a change: a problem is a phrase, plain data, and the same words
// made again (a new object) are no change.
import { describe, expect, it } from 'vitest';
import { blockedProblem, isBlockedProblem, storageFullProblem } from '../../src/store/store-problems';
import { statusKeeper } from '../../src/store/store-status';
import type { StoreStatus } from '../../src/store/store-types';

describe('statusKeeper', () => {
  it('reports a problem once, however often the same phrase is set, and again when its values change', () => {
    const seen: StoreStatus[] = [];
    const status = statusKeeper({ mode: 'indexeddb' }, (s) => seen.push(s));
    status.set({ mode: 'indexeddb', problem: blockedProblem() });
    status.set({ mode: 'indexeddb', problem: blockedProblem() });
    expect(isBlockedProblem(status.get().problem)).toBe(true);
    status.set({ mode: 'indexeddb', problem: storageFullProblem(3, 10) });
    status.set({ mode: 'indexeddb', problem: storageFullProblem(3, 10) });
    status.set({ mode: 'indexeddb', problem: storageFullProblem(4, 10) });
    status.set({ mode: 'indexeddb' });
    expect(seen).toEqual([
      { mode: 'indexeddb', problem: { key: 'storeBlocked', subs: [] } },
      { mode: 'indexeddb', problem: { key: 'storeFull', subs: [{ count: 3 }, { count: 10 }] } },
      { mode: 'indexeddb', problem: { key: 'storeFull', subs: [{ count: 4 }, { count: 10 }] } },
      { mode: 'indexeddb' },
    ]);
    expect(isBlockedProblem(status.get().problem)).toBe(false);
  });
});
