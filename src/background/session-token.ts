// A random token for this browser session, kept in storage.session: it survives the worker restarting and
// is gone when the browser restarts, as the browser's request ids are.
export async function sessionToken(storage: Pick<chrome.storage.StorageArea, 'get' | 'set'>): Promise<string> {
  const { detourSession } = (await storage.get('detourSession')) as { detourSession?: unknown };
  if (typeof detourSession === 'string' && detourSession !== '') return detourSession;
  const token = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  await storage.set({ detourSession: token });
  return token;
}
