// A random token for this browser session, kept in storage.session: it survives the worker restarting and
// is gone when the browser restarts, as the browser's request ids are.
/** Counts the background's starts in this browser session (how often the browser stopped and woke it). */
export async function countWake(storage: Pick<chrome.storage.StorageArea, 'get' | 'set'>): Promise<number> {
  const { detourWakes } = (await storage.get('detourWakes')) as { detourWakes?: unknown };
  const wakes = (typeof detourWakes === 'number' ? detourWakes : 0) + 1;
  await storage.set({ detourWakes: wakes });
  return wakes;
}

export async function sessionToken(storage: Pick<chrome.storage.StorageArea, 'get' | 'set'>): Promise<string> {
  const { detourSession } = (await storage.get('detourSession')) as { detourSession?: unknown };
  if (typeof detourSession === 'string' && detourSession !== '') return detourSession;
  const token = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  await storage.set({ detourSession: token });
  return token;
}
