/** True when a message comes from one of this extension's own pages (popup, options), not a content script. */
export function isOwnPage(sender: chrome.runtime.MessageSender, runtime: Pick<typeof chrome.runtime, 'id' | 'getURL'>): boolean {
  if (sender.id !== runtime.id || !sender.url) return false;
  return sender.url.startsWith(runtime.getURL('/'));
}
