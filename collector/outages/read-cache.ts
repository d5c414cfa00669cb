// Reads are answered from a few seconds' cache, so a crowd of readers costs the database one query per
// distinct question per few seconds, however many they are, and they never queue up against the writes
// that acknowledgements wait for. Concurrent misses share one computation; the table is bounded.
export interface ReadCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
}

export function createReadCache<T>(options: { ttlMs: number; maxEntries: number; now: () => number }): ReadCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, compute) {
      const t = options.now();
      const hit = entries.get(key);
      if (hit !== undefined && t - hit.at < options.ttlMs) return hit.value;
      entries.delete(key);
      if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string); // the oldest
      const value = compute();
      const entry = { at: t, value };
      entries.set(key, entry);
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key); // a failure is not remembered
      });
      return value;
    },
  };
}
