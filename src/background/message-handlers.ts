// One handler per message name (shared/messages.ts). Requests arrive untyped: each handler checks its input.
import type { MessageName, MessageRequest, MessageResponse } from '../shared/messages';
import type { TabDiagnoses } from './tab-diagnoses';

export type MessageHandlers = {
  [K in MessageName]: (request: MessageRequest<K>) => MessageResponse<K> | Promise<MessageResponse<K>>;
};

export function messageHandlers({ tabs }: { tabs: TabDiagnoses }): MessageHandlers {
  return {
    'tab-diagnoses': ({ tabId }) => {
      if (!Number.isInteger(tabId)) throw new Error('tab-diagnoses: tabId must be an integer');
      return tabs.list(tabId);
    },
  };
}
