// Answers the history messages (issue 4). TODO(helper B): query, chart, export, clear.
import type { HistoryMessages } from '../shared/history-messages';
import type { MessageHandlers } from './message-handlers';

export function historyHandlers(): Pick<MessageHandlers, keyof HistoryMessages> {
  return {
    'history-export'() {
      throw new Error('not built yet');
    },
    'history-clear'() {
      throw new Error('not built yet');
    },
  };
}
