// Reads are answered from a few seconds' cache, so a crowd of readers costs the database one query per
// distinct question per few seconds, however many they are. Concurrent misses share one computation;
// the table is bounded in entries and in age. When a computation is refused for want of capacity
// (ReadsBusy: the read worker's queue is full), a recent answer is given instead, if there is one.
export const READS_BUSY = 'COLLECTOR_READS_BUSY';

export class ReadsBusy extends Error {
  readonly code = READS_BUSY;
  readonly statusCode = 503;
  constructor() {
    super('Too many reads are being answered; retry shortly.');
  }
}

export interface ReadCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface ReadCacheOptions {
  ttlMs: number; // an answer is fresh this long after its computation began
  maxStaleMs: number; // and is kept this long, to answer with when busy
  maxEntries: number;
  now: () => number;
}

interface Entry<T> {
  at: number;
  value: Promise<T>;
  settled: boolean;
}

export function createReadCache<T>(options: ReadCacheOptions): ReadCache<T> {
  const entries = new Map<string, Entry<T>>();
  const sweep = (t: number): void => {
    for (const [key, entry] of entries) if (entry.settled && t - entry.at >= options.maxStaleMs) entries.delete(key);
    while (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string); // the oldest
  };
  return {
    get(key, compute) {
      const t = options.now();
      const previous = entries.get(key);
      if (previous !== undefined && (!previous.settled || t - previous.at < options.ttlMs)) return previous.value; // fresh, or being computed
      entries.delete(key);
      sweep(t);
      const stale = previous !== undefined && t - previous.at < options.maxStaleMs ? previous : undefined;
      const entry: Entry<T> = { at: t, value: compute(), settled: false };
      entries.set(key, entry);
      entry.value = entry.value.then(
        (value) => {
          entry.settled = true;
          return value;
        },
        (err: unknown) => {
          if (entries.get(key) === entry) {
            entries.delete(key); // a failure is not remembered…
            if (stale !== undefined) entries.set(key, stale); // …and the last answer stays for when busy
          }
          if (err instanceof ReadsBusy && stale !== undefined) return stale.value;
          throw err;
        },
      );
      return entry.value;
    },
  };
}
