import { describe, expect, it } from 'vitest';
import { failureJournal } from '../../src/background/failure-journal';
import type { FailureRecord } from '../../src/store/schema';

/** A storage area with real state; `calls` counts the browser calls made. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(structuredClone(initial)));
  const calls = { set: 0, remove: 0 };
  return {
    data,
    calls,
    async get(keys: null | string | string[]) {
      const wanted = keys === null ? [...data.keys()] : [keys].flat();
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items: Record<string, unknown>) {
      calls.set++;
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys: string | string[]) {
      calls.remove++;
      for (const key of [keys].flat()) data.delete(key);
    },
  };
}

function record(id: string, time: number, failure: FailureRecord['failure'] = 'origin'): FailureRecord {
  return {
    id, tabId: 1, pageId: '1-1', pageUrl: 'https://shop.example/', url: `https://cdn.example/${id}.png`, host: 'cdn.example',
    type: 'image', time, provider: 'aws', failure, diagnosis: { provider: 'aws', failure, evidence: ['x'] },
  };
}

const quiet = () => () => {};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const journalKeys = (area: ReturnType<typeof memoryArea>) => [...area.data.keys()].filter((key) => key.startsWith('failure-journal:'));

describe('failureJournal', () => {
  it('hands every failure of one task to the browser in one call, before the task ends', async () => {
    const area = memoryArea();
    const journal = failureJournal(area, quiet);
    for (let i = 0; i < 50; i++) journal.add(record(`s:${i}`, i));
    await Promise.resolve(); // the microtask at the end of the task
    expect(area.calls.set).toBe(1);
    await tick();
    expect(journalKeys(area)).toHaveLength(50);
  });

  it('clears an entry once the store has the failure; what was never stored is a leftover for the next worker', async () => {
    const area = memoryArea();
    const first = failureJournal(area, quiet);
    const saved = first.add(record('s:1', 1));
    first.add(record('s:2', 2)); // the worker stops before this one is stored
    await tick();
    saved();
    await tick();
    expect(journalKeys(area)).toEqual(['failure-journal:s:2']);

    const next = failureJournal(area, quiet); // a new worker
    const leftovers = await next.leftovers();
    expect(leftovers.map((r) => r.id)).toEqual(['s:2']);
    next.settle(leftovers[0]!);
    await tick();
    expect(journalKeys(area)).toEqual([]);
  });

  it('keeps the newest version of a failure journaled until that version is stored', async () => {
    const area = memoryArea();
    const journal = failureJournal(area, quiet);
    const savedFirst = journal.add(record('s:1', 1, 'origin'));
    const savedReRead = journal.add(record('s:1', 1, 'edge')); // the page re-read with its text
    await tick();
    savedFirst(); // the older version's save must not clear the newer one
    await tick();
    expect((await failureJournal(area, quiet).leftovers()).map((r) => r.failure)).toEqual(['edge']);
    savedReRead();
    await tick();
    expect(journalKeys(area)).toEqual([]);
  });

  it('returns leftovers oldest first and ignores other keys and malformed entries', async () => {
    const area = memoryArea({
      settings: { retentionDays: 7 },
      'failure-journal:b': { record: record('b', 20), write: 1 },
      'failure-journal:a': { record: record('a', 10), write: 1 },
      'failure-journal:junk': { record: { id: 5 } },
      'failure-journal:null': null,
    });
    expect((await failureJournal(area, quiet).leftovers()).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('does not clear a leftover that this worker has journaled again', async () => {
    const area = memoryArea({ 'failure-journal:s:1': { record: record('s:1', 1, 'origin'), write: 1 } });
    const journal = failureJournal(area, quiet);
    const [leftover] = await journal.leftovers();
    journal.add(record('s:1', 1, 'edge'));
    journal.settle(leftover!);
    await tick();
    expect((await journal.leftovers()).map((r) => r.failure)).toEqual(['edge']);
  });

  it('says so when the browser refuses the write, and keeps going', async () => {
    const area = memoryArea();
    const problems: string[] = [];
    const journal = failureJournal({ ...area, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) }, (what) => (error) => problems.push(`${what}: ${String(error)}`));
    journal.add(record('s:1', 1));
    await tick();
    expect(problems).toEqual(['journaling failures: Error: QUOTA_BYTES quota exceeded']);
  });
});
