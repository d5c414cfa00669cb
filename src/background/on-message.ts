// runtime.onMessage listener: checks the sender, dispatches to the handler map, answers via sendResponse
// (returning a promise from the listener is not supported by every Chromium we target).
import type { MessageName } from '../shared/messages';
import { isOwnPage } from './is-own-page';
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
