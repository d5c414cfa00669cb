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
    async get(keys: null): Promise<Record<string, unknown>> {
      return Object.fromEntries([...data.keys()].filter((key) => keys === null && data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items: Record<string, unknown>) {
      calls.set++;
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys: string[]) {
      calls.remove++;
      for (const key of keys) data.delete(key);
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
    expect(journalKeys(area)).toEqual(['failure-journal:record:s:2']);

    const next = failureJournal(area, quiet); // a new worker
    const { records: leftovers } = await next.leftovers();
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
    expect((await failureJournal(area, quiet).leftovers()).records.map((r) => r.failure)).toEqual(['edge']);
    savedReRead();
    await tick();
    expect(journalKeys(area)).toEqual([]);
  });

  it('returns leftovers oldest first and ignores other keys and malformed entries', async () => {
    const area = memoryArea({
      settings: { retentionDays: 7 },
      'failure-journal:record:b': { record: record('b', 20) },
      'failure-journal:record:a': { record: record('a', 10) },
      'failure-journal:record:junk': { record: { id: 5 } },
      'failure-journal:record:null': null,
      'failure-journal:seen:junk': { observation: { url: 1 }, at: 1 },
    });
    const left = await failureJournal(area, quiet).leftovers();
    expect(left.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(left.observations).toEqual([]);
  });

  it('does not clear a leftover that this worker has journaled again', async () => {
    const area = memoryArea({ 'failure-journal:record:s:1': { record: record('s:1', 1, 'origin') } });
    const journal = failureJournal(area, quiet);
    const [leftover] = (await journal.leftovers()).records;
    journal.add(record('s:1', 1, 'edge'));
    journal.settle(leftover!);
    await tick();
    expect((await journal.leftovers()).records.map((r) => r.failure)).toEqual(['edge']);
  });

  it('holds events that must wait, gives a new worker the unprocessed ones in arrival order, and forgets processed ones', async () => {
    const area = memoryArea();
    const first = failureJournal(area, quiet);
    const event = (requestId: string, statusCode: number) => ({ url: `https://cdn.example/${requestId}`, tabId: 3, requestId, statusCode, timeStamp: 5 });
    const processed = first.hold(event('r1', 504));
    first.hold(event('r2', 504));
    first.hold(event('r2', 0)); // a second event for the same request is a second entry
    first.hold(event('r3', 503));
    await tick();
    processed();
    await tick();

    const next = failureJournal(area, quiet);
    const { observations } = await next.leftovers();
    expect(observations.map(({ observation }) => `${observation.requestId}/${observation.statusCode}`)).toEqual(['r2/504', 'r2/0', 'r3/503']);
    observations.forEach(({ done }) => done());
    await tick();
    expect(journalKeys(area)).toEqual([]);
  });

  it('says so when the browser refuses the write, and keeps going', async () => {
    const area = memoryArea();
    const problems: string[] = [];
    const journal = failureJournal({ ...area, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) }, (what) => (error) => problems.push(`${what}: ${String(error)}`));
    journal.add(record('s:1', 1));
    await tick();
    expect(problems).toEqual(['journaling failures: Error: QUOTA_BYTES quota exceeded']);
  });

  it('keeps of a waiting event only the headers the classifier reads and its address without the query, and stays bounded', async () => {
    const area = memoryArea();
    const journal = failureJournal(area, quiet);
    journal.hold({
      url: 'https://shop.example/account?token=s3cr3t#x', tabId: 1, requestId: 'r1', statusCode: 502, type: 'main_frame',
      responseHeaders: [
        { name: 'Set-Cookie', value: 'session=s3cr3t' }, { name: 'authorization', value: 'Bearer s3cr3t' }, { name: 'x-request-id', value: 'mine' },
        { name: 'Server', value: 'cloudflare' }, { name: 'cf-ray', value: '8f2c1a7b9d3e4f50-FRA' }, { name: 'cache-control', value: 'no-cache' },
      ],
    });
    await tick();
    const [entry] = [...area.data.values()] as { observation: { url: string; responseHeaders: { name: string }[] } }[];
    expect(entry?.observation.url).toBe('https://shop.example/account');
    expect(entry?.observation.responseHeaders.map((h) => h.name)).toEqual(['Server', 'cf-ray', 'cache-control']);
    expect(JSON.stringify([...area.data.entries()])).not.toContain('s3cr3t');
    for (let i = 0; i < 5000; i++) journal.hold({ url: `https://shop.example/${i}`, tabId: 1, requestId: `q${i}`, statusCode: 502 });
    await tick();
    expect(journalKeys(area).length).toBeLessThanOrEqual(2000);
  });
});
