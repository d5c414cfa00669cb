// One handler per message name (shared/messages.ts). Requests arrive untyped: each handler checks its input.
import type { MessageName, MessageRequest, MessageResponse } from '../shared/messages';
import type { HistoryMessages } from '../shared/history-messages';
import type { MirrorMessages } from '../shared/mirror-messages';
import type { OutageMessages } from '../shared/outage-messages';
import type { SharingMessages } from '../shared/sharing-messages';
import type { FailureStore } from '../store/store-types';
import type { TabPages } from './tab-pages';
import type { NoticeContext } from '../core/notice';
import { withNotices } from './notice-context';

export type MessageHandlers = {
  [K in MessageName]: (request: MessageRequest<K>) => MessageResponse<K> | Promise<MessageResponse<K>>;
};

export interface MessageHandlerDeps {
  tabs: TabPages;
  store: Promise<FailureStore>;
  ready: Promise<void>;
  /** The popup's outage question (outage-handlers.ts). */
  outage: Pick<MessageHandlers, keyof OutageMessages>;
  /** Mirror suggestions (mirror-handlers.ts) and the history (history-handlers.ts) answer their own. */
  mirrors: Pick<MessageHandlers, keyof MirrorMessages>;
  history: Pick<MessageHandlers, keyof HistoryMessages>;
  /** The options page's view of sharing (sharing-handlers.ts). */
  sharing: Pick<MessageHandlers, keyof SharingMessages>;
  /** What tells the tab's noticeable failures from other sites' noise (notice-context.ts). */
  noticeFor(tabId: number): NoticeContext;
}

export function messageHandlers({ tabs, store, ready, outage, mirrors, history, sharing, noticeFor }: MessageHandlerDeps): MessageHandlers {
  return {
    ...outage,
    ...sharing,
    ...mirrors,
    ...history,
    async 'tab-diagnoses'({ tabId }) {
      if (!Number.isInteger(tabId)) throw new Error('tab-diagnoses: tabId must be an integer');
      await ready;
      // The tab's list in memory is the one source: once `ready`, it holds what the store kept for the page
      // (restore-tabs.ts) as well as what arrived since, private tabs' failures and the counts past its bound.
      const entries = [...(tabs.get(tabId)?.entries ?? [])].sort((a, b) => a.timeStamp - b.timeStamp);
      return withNotices(entries, noticeFor(tabId));
    },
    async 'store-status'() {
      return (await store).status();
    },
  };
}
