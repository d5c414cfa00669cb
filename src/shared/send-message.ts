import { extensionApi } from './extension-api';
import type { MessageName, MessageRequest, MessageResponse } from './messages';

/** Sends a typed message to the background and resolves with its typed answer. */
export async function sendMessage<K extends MessageName>(request: MessageRequest<K>): Promise<MessageResponse<K>> {
  const answer: unknown = await extensionApi().runtime.sendMessage(request);
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
  return answer as MessageResponse<K>;
}
