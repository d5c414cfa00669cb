// Answers the options page's sharing messages: the queue as the batches that will be sent (with the
// person's current switches applied, byte for byte), the last batch sent, the last problem; and deleting
// the queue when sharing is turned off.
import { MAX_BATCH_REPORTS, serializeBatch } from '../core/report';
import { readSettings } from '../shared/settings';
import type { SharingMessages } from '../shared/sharing-messages';
import type { FailureStore } from '../store/store-types';
import type { MessageHandlers } from './message-handlers';
import { queuedReports } from './report-for-failure';
import { LAST_BATCH_KEY, PROBLEM_KEY, readLastBatch, readProblem } from './sharing-meta';

export interface SharingHandlerDeps {
  store: Promise<FailureStore>;
  storage: Pick<chrome.storage.StorageArea, 'get'>;
}

export function sharingHandlers({ store, storage }: SharingHandlerDeps): Pick<MessageHandlers, keyof SharingMessages> {
  return {
    async 'sharing-view'() {
      const s = await store;
      const [settings, records, last, problem] = await Promise.all([readSettings(storage), s.outbox(), s.getMeta(LAST_BATCH_KEY), s.getMeta(PROBLEM_KEY)]);
      const reports = queuedReports(records, { includePop: settings.sharePop, includeDomain: settings.shareDomain });
      const queued: string[] = [];
      for (let i = 0; i < reports.length; i += MAX_BATCH_REPORTS) queued.push(serializeBatch(reports.slice(i, i + MAX_BATCH_REPORTS)));
      const lastBatch = readLastBatch(last);
      const sendingProblem = readProblem(problem);
      return {
        queued,
        ...(lastBatch === undefined ? {} : { lastBatch: { body: lastBatch.body, sentAt: lastBatch.sentAt } }),
        ...(sendingProblem === undefined ? {} : { problem: sendingProblem }),
      };
    },
    async 'sharing-clear'() {
      await (await store).clearOutbox();
      return true as const;
    },
  };
}
