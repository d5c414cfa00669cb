// Sharing's second half: send the outbox in batches. A report leaves the outbox only when the collector
// acknowledged it (2xx) or refused it for good (4xx, except 429: that one says "later"; or named in a
// 2xx's `refused`); one the collector would refuse (refusalReason: e.g. its window is no longer taken) is
// dropped before sending instead of being retried forever, and counted. On a network
// error or a 5xx the batch stays and the next try waits, doubling each time (kept in meta, so a restarted
// worker keeps waiting). `credentials: 'omit'`: no cookie ever goes with a report. The problem is kept in
// words (the browser's language) for the options page.
import { MAX_BATCH_REPORTS, readBatchAnswer, refusalReason, serializeBatch, type RefusalReason } from '../core/report';
import { t } from '../shared/i18n';
import { collectorBase } from '../shared/sharing-settings';
import type { Settings } from '../shared/settings';
import type { FailureStore } from '../store/store-types';
import { queuedReports } from './report-for-failure';
import { BACKOFF_KEY, LAST_BATCH_KEY, PROBLEM_KEY, readBackoff } from './sharing-meta';

export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 3_600_000;
const MAX_BATCHES_PER_SEND = 10;
const TIMEOUT_MS = 30_000;

export interface SenderDeps {
  store: Promise<FailureStore>;
  settings(): Promise<Settings>;
  fetch: typeof fetch;
  now(): number;
}

export type SendResult = 'off' | 'waiting' | 'empty' | 'sent' | 'retry' | 'dropped';

export function backoffDelay(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

type Dropped = Map<RefusalReason, number>; // reports dropped in one send, by reason

const count = (dropped: Dropped, reason: RefusalReason): void => void dropped.set(reason, (dropped.get(reason) ?? 0) + 1);

export function outboxSender({ store, settings, fetch, now }: SenderDeps) {
  let running: Promise<SendResult> | undefined;

  async function sendOnce(s: FailureStore, current: Settings, dropped: Dropped): Promise<SendResult> {
    const queued = await s.outbox(MAX_BATCH_REPORTS);
    if (queued.length === 0) return 'empty';
    const records = queued.filter((record) => {
      const reason = refusalReason(record.report, now());
      if (reason !== undefined) count(dropped, reason);
      return reason === undefined;
    });
    if (records.length < queued.length) await s.removeFromOutbox(queued.filter((record) => !records.includes(record)).map((record) => record.id));
    if (records.length === 0) return 'dropped';
    // A switch turned off since they were queued takes its field out of these reports too.
    const reports = queuedReports(records, { includePop: current.sharePop, includeDomain: current.shareDomain });
    const ids = records.map((record) => record.id);
    const body = serializeBatch(reports);
    let status: number;
    let answer: unknown;
    try {
      const response = await fetch(`${collectorBase(current.collectorUrl)}/v1/reports`, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = response.status;
      if (status >= 200 && status < 300) answer = await response.json().catch(() => undefined);
    } catch (error) {
      return retry(s, t('sharingUnreachable', error instanceof Error ? error.message : String(error)));
    }
    if (status >= 200 && status < 300) {
      for (const { reason } of readBatchAnswer(answer)) count(dropped, reason); // refused ones are not sent again either
      await s.removeFromOutbox(ids);
      await Promise.all([s.setMeta(LAST_BATCH_KEY, { body, sentAt: now() }), s.setMeta(BACKOFF_KEY, undefined), s.setMeta(PROBLEM_KEY, undefined)]);
      return 'sent';
    }
    if (status >= 400 && status < 500 && status !== 429) {
      await s.removeFromOutbox(ids);
      await s.setMeta(PROBLEM_KEY, { at: now(), message: t('sharingRefused', ids.length, status), dropped: ids.length });
      return 'dropped';
    }
    return retry(s, t('sharingHttp', status));
  }

  async function retry(s: FailureStore, why: string): Promise<SendResult> {
    const attempts = readBackoff(await s.getMeta(BACKOFF_KEY)).attempts + 1;
    const delay = backoffDelay(attempts);
    await s.setMeta(BACKOFF_KEY, { attempts, nextAt: now() + delay });
    await s.setMeta(PROBLEM_KEY, { at: now(), message: t('sharingRetry', why, Math.round(delay / 60_000)), dropped: 0 });
    return 'retry';
  }

  async function send(): Promise<SendResult> {
    const current = await settings();
    const s = await store;
    if (!current.sharing) {
      await s.clearOutbox(); // reports queued while sharing was being turned off never leave
      return 'off';
    }
    if (now() < readBackoff(await s.getMeta(BACKOFF_KEY)).nextAt) return 'waiting';
    let result: SendResult = 'empty';
    const dropped: Dropped = new Map();
    for (let i = 0; i < MAX_BATCHES_PER_SEND; i += 1) {
      const next = await sendOnce(s, current, dropped);
      if (next === 'empty') break;
      result = next;
      if (next !== 'sent' && next !== 'dropped') break;
    }
    if (dropped.size > 0) {
      const total = [...dropped.values()].reduce((sum, n) => sum + n, 0);
      const reasons = [...dropped].map(([reason, n]) => `${reason}: ${n}`).join(', ');
      await s.setMeta(PROBLEM_KEY, { at: now(), message: t('sharingDropped', total, reasons), dropped: total });
    }
    return result;
  }

  return {
    /** One send at a time in this context: two alarms at once would post the same batch twice. */
    send(): Promise<SendResult> {
      running ??= send().finally(() => (running = undefined));
      return running;
    },
  };
}
