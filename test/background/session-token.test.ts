// The session token keeps failure ids unique across browser sessions: one per session storage, kept while
// it lasts; the wake count says how often the background started in it.
import { describe, expect, it } from 'vitest';
import { countWake, sessionToken } from '../../src/background/session-token';

function sessionStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  } as unknown as Pick<chrome.storage.StorageArea, 'get' | 'set'> & { data: Record<string, unknown> };
}

describe('sessionToken', () => {
  it('makes a token once and gives the same one to a restarted worker', async () => {
    const storage = sessionStorage();
    const first = await sessionToken(storage);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(await sessionToken(storage)).toBe(first);
  });

  it('makes a new token for a new session, and replaces one that is not a usable string', async () => {
    const tokens = new Set([await sessionToken(sessionStorage()), await sessionToken(sessionStorage()), await sessionToken(sessionStorage())]);
    expect(tokens.size).toBe(3);
    for (const bad of ['', 42, null, { x: 1 }]) expect(await sessionToken(sessionStorage({ detourSession: bad }))).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('countWake', () => {
  it('counts each start, from one, whatever was stored before', async () => {
    const storage = sessionStorage();
    expect(await countWake(storage)).toBe(1);
    expect(await countWake(storage)).toBe(2);
    expect(storage.data.detourWakes).toBe(2);
    expect(await countWake(sessionStorage({ detourWakes: 'x' }))).toBe(1);
  });
});
