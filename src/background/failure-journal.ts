// A write-ahead journal for failures. The browser may stop the worker at any moment; a failure still
// waiting for its IndexedDB transaction would die with it. So each failure is handed to the browser
// (storage.local, one call per task) the moment it is seen, and its entry is removed once the store has it.
// A worker that starts finds what the last one left and stores it: ids are stable, so a failure is stored
// exactly once however often it is replayed.
import type { FailureRecord } from '../store/schema';

const PREFIX = 'failure-journal:';

interface Entry {
  record: FailureRecord;
  /** Which write of this id it is, in this worker: only the newest one's commit clears the entry. */
  write: number;
}

type Storage = Pick<chrome.storage.StorageArea, 'get' | 'set' | 'remove'>;

export interface FailureJournal {
  /** Journals the record now; returns what to call once the store has saved it. */
  add(record: FailureRecord): () => void;
  /** Entries a stopped worker left behind, oldest first. */
  leftovers(): Promise<FailureRecord[]>;
  /** Clears a leftover once the store has it. */
  settle(record: FailureRecord): void;
}

export function failureJournal(storage: Storage, report: (what: string) => (error: unknown) => void): FailureJournal {
  let toSet: Record<string, Entry> | undefined;
  let toRemove: string[] | undefined;
  let writes = 0;
  const newest = new Map<string, number>(); // id → its newest journal write in this worker

  function flushSet(): void {
    const batch = toSet ?? {};
    toSet = undefined;
    storage.set(batch).catch(report('journaling failures'));
  }
  function flushRemove(): void {
    const keys = toRemove ?? [];
    toRemove = undefined;
    storage.remove(keys).catch(report('clearing the failure journal'));
  }
  function remove(key: string): void {
    if (toRemove === undefined) {
      toRemove = [];
      queueMicrotask(flushRemove);
    }
    toRemove.push(key);
  }

  return {
    add(record) {
      const write = ++writes;
      newest.set(record.id, write);
      if (toSet === undefined) {
        toSet = {};
        queueMicrotask(flushSet); // still this task: the browser has it before the worker can be stopped
      }
      toSet[PREFIX + record.id] = { record, write };
      return () => {
        if (newest.get(record.id) !== write) return; // a newer version is journaled: its own save clears it
        newest.delete(record.id);
        remove(PREFIX + record.id);
      };
    },
    async leftovers() {
      const all = (await storage.get(null)) as Record<string, unknown>;
      return Object.entries(all)
        .filter(([key, value]) => key.startsWith(PREFIX) && isEntry(value))
        .map(([, value]) => (value as Entry).record)
        .sort((a, b) => a.time - b.time);
    },
    settle(record) {
      if (!newest.has(record.id)) remove(PREFIX + record.id);
    },
  };
}

function isEntry(value: unknown): value is Entry {
  const record = (value as Partial<Entry> | null)?.record as Partial<FailureRecord> | undefined;
  return typeof record?.id === 'string' && typeof record.time === 'number' && typeof record.tabId === 'number' && typeof record.diagnosis === 'object';
}
