// What the reporter and the outbox sender tests share: a fake-indexeddb store, a reporter and a sender over
// it with settings the test can change, a fetch that records each post and answers as told, and a clock.
import { outboxSender } from '../../src/background/outbox-sender';
import { createReporter } from '../../src/background/reporter';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { openStore } from '../../src/store/failure-store';
import type { FailureRecord } from '../../src/store/schema';
import { failure, freshFactory } from '../store/fake-indexeddb';

export const T = Date.UTC(2026, 10, 21, 7, 31, 12); // window 07:30:00
export const WINDOW = Date.UTC(2026, 10, 21, 7, 30) / 1000;

export function setup(overrides: Partial<Settings> = {}, indexedDB = freshFactory()) {
  const settings = { ...DEFAULT_SETTINGS, sharing: true, collectorUrl: 'http://127.0.0.1:9/', ...overrides };
  const store = openStore({ indexedDB });
  let clock = T;
  const reporter = createReporter({ store, settings: async () => settings, version: '0.1.0', now: () => clock, report: () => (error) => { throw error; } });
  const posts: { url: string; init: RequestInit }[] = [];
  let answer: number | Error = 200;
  let answerBody = '{}';
  const fetch = (async (url: string, init: RequestInit) => {
    posts.push({ url, init });
    if (answer instanceof Error) throw answer;
    return new Response(answerBody, { status: answer });
  }) as typeof globalThis.fetch;
  const sender = outboxSender({ store, settings: async () => settings, fetch, now: () => clock });
  return {
    store, settings, reporter, sender, posts, indexedDB,
    answer: (next: number | Error, body = '{}') => void ((answer = next), (answerBody = body)),
    tick: (ms: number) => void (clock += ms),
    async fail(record: FailureRecord) {
      reporter.failed(record);
      await reporter.idle();
    },
  };
}

export const edge = (id: string, overrides: Partial<FailureRecord> = {}) =>
  failure(id, { time: T, failure: 'edge', diagnosis: { provider: 'cloudflare', failure: 'edge', status: 522, pop: 'fra', evidence: [], corroborated: 'address' }, ...overrides });
