// Answers the popup's 'mirrors' message (issue 4). TODO(helper A): look the page up with the mirror clients.
import type { MirrorMessages } from '../shared/mirror-messages';
import type { MessageHandlers } from './message-handlers';

export function mirrorHandlers(): Pick<MessageHandlers, keyof MirrorMessages> {
  return {
    mirrors({ url }) {
      return { url, suggestions: [], problems: ['not built yet'], checkedAt: Date.now() };
    },
  };
}
