// runtime.onMessage listener: checks the sender, dispatches to the handler map, answers via sendResponse
// (returning a promise from the listener is not supported by every Chromium we target).
import type { MessageName } from '../shared/messages';
import type { MessageHandlers } from './message-handlers';

export function onMessage(handlers: MessageHandlers, runtime: Pick<typeof chrome.runtime, 'id' | 'getURL'>) {
  return (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (answer: unknown) => void): boolean => {
    if (!isOwnPage(sender, runtime)) return false;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
    const handler = handlers[type as MessageName] as (request: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(message))
      .then(sendResponse, (error: unknown) => sendResponse({ error: String(error instanceof Error ? error.message : error) }));
    return true; // keeps the channel open for the asynchronous answer
  };
}

/** True when a message comes from one of this extension's own pages (popup, options), not a content script. */
export function isOwnPage(sender: chrome.runtime.MessageSender, runtime: Pick<typeof chrome.runtime, 'id' | 'getURL'>): boolean {
  if (sender.id !== runtime.id || !sender.url) return false;
  return sender.url.startsWith(runtime.getURL('/'));
}
