// A write-ahead journal for failures. The browser may stop the worker at any moment; a failure still
// waiting for its IndexedDB transaction, or an event waiting for a restarted worker to restore its tabs,
// would die with it. So each is handed to the browser (storage.session, one call per task) the moment it is
// seen, and its entry is removed once it is safe. The next worker finds what the last one left: records
// to store, observations to process first. Failure ids are stable, so a replay stores nothing twice.
import { CLASSIFIER_HEADERS } from '../core/classify';
import { keptAddress } from '../core/kept-address';
import type { FailureRecord } from '../store/schema';
import type { TabObservation } from './to-observation';

const PREFIX = 'failure-journal:';
const MAX_HELD = 2_000;
const RECORD = `${PREFIX}record:`;
const SEEN = `${PREFIX}seen:`;

interface RecordEntry {
  record: FailureRecord;
}
interface SeenEntry {
  observation: TabObservation;
  at: number; // arrival order
}

/** The part of a storage area (storage.session) the journal uses. */
export interface JournalStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface JournalLeftovers {
  /** Failures seen and put on their tab, not yet stored: store them. Oldest first. */
  records: FailureRecord[];
  /** Events a worker received but never processed: process them before newer ones. In arrival order. */
  observations: { observation: TabObservation; done(): void }[];
}

export interface FailureJournal {
  /** Journals the record now; returns what to call once the store has saved it. */
  add(record: FailureRecord): () => void;
  /** Journals an event that has to wait; returns what to call once it has been processed. */
  hold(observation: TabObservation): () => void;
  /** What a stopped worker left behind. */
  leftovers(): Promise<JournalLeftovers>;
  /** Clears a leftover record once the store has it (unless this worker journaled it again). */
  settle(record: FailureRecord): void;
}

export function failureJournal(storage: JournalStorage, report: (what: string) => (error: unknown) => void): FailureJournal {
  let toSet: Record<string, RecordEntry | SeenEntry> | undefined;
  let toRemove: string[] | undefined;
  let writes = 0;
  let arrivals = 0;
  let held = 0;
  const newest = new Map<string, number>(); // record id → its newest journal write in this worker

  function put(key: string, entry: RecordEntry | SeenEntry): void {
    if (toSet === undefined) {
      toSet = {};
      queueMicrotask(() => {
        const batch = toSet ?? {};
        toSet = undefined;
        storage.set(batch).catch(report('journaling failures'));
      }); // still this task: the browser has it before the worker can be stopped
    }
    toSet[key] = entry;
  }
  function remove(key: string): void {
    if (toRemove === undefined) {
      toRemove = [];
      queueMicrotask(() => {
        const keys = toRemove ?? [];
        toRemove = undefined;
        storage.remove(keys).catch(report('clearing the failure journal'));
      });
    }
    toRemove.push(key);
  }

  return {
    add(record) {
      const write = ++writes;
      newest.set(record.id, write);
      put(RECORD + record.id, { record });
      return () => {
        if (newest.get(record.id) !== write) return; // a newer version is journaled: its own save clears it
        newest.delete(record.id);
        remove(RECORD + record.id);
      };
    },
    hold(observation) {
      // Bounded: past MAX_HELD waiting events, the rest are processed in memory only.
      if (held >= MAX_HELD) return () => {};
      held++;
      const at = Date.now() * 1000 + (arrivals++ % 1000);
      const key = `${SEEN}${observation.requestId ?? keptAddress(observation.url)}:${observation.error === undefined ? observation.statusCode : 'error'}:${at}`;
      put(key, { observation: journaled(observation), at });
      return () => {
        held--;
        remove(key);
      };
    },
    async leftovers() {
      const all = Object.entries(await storage.get(null));
      const records = all
        .filter(([key, value]) => key.startsWith(RECORD) && isRecordEntry(value))
        .map(([, value]) => (value as RecordEntry).record)
        .sort((a, b) => a.time - b.time);
      const observations = all
        .filter(([key, value]) => key.startsWith(SEEN) && isSeenEntry(value))
        .sort(([, a], [, b]) => (a as SeenEntry).at - (b as SeenEntry).at)
        .map(([key, value]) => ({ observation: (value as SeenEntry).observation, done: () => remove(key) }));
      return { records, observations };
    },
    settle(record) {
      if (!newest.has(record.id)) remove(RECORD + record.id);
    },
  };
}

/**
 * What the journal keeps of an event: only the headers the classifier reads (never a cookie or an
 * authorization header), the address without its query and fragment, and the few other fields it routes by.
 */
function journaled(observation: TabObservation): TabObservation {
  const kept: TabObservation = { ...observation, url: keptAddress(observation.url) };
  if (Array.isArray(observation.responseHeaders)) {
    kept.responseHeaders = observation.responseHeaders.filter((h) => typeof h?.name === 'string' && CLASSIFIER_HEADERS.has(h.name.toLowerCase()));
  }
  if (typeof kept.initiator === 'string') kept.initiator = keptAddress(kept.initiator);
  return kept;
}

function isRecordEntry(value: unknown): value is RecordEntry {
  const record = (value as Partial<RecordEntry> | null)?.record as Partial<FailureRecord> | undefined;
  return typeof record?.id === 'string' && typeof record.time === 'number' && typeof record.tabId === 'number' && typeof record.diagnosis === 'object';
}

function isSeenEntry(value: unknown): value is SeenEntry {
  const entry = value as Partial<SeenEntry> | null;
  const observation = entry?.observation as Partial<TabObservation> | undefined;
  return typeof entry?.at === 'number' && typeof observation?.url === 'string' && typeof observation.tabId === 'number';
}
