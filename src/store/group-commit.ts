// Group commit: each item starts a write at once (no timer). Items given in the same task share one write;
// items given while a write is in flight are gathered into the next one. Each caller's promise settles when
// the write holding its item has finished: resolved, or rejected with the error the write gave that item.
export type WriteBatch<T> = (items: readonly T[]) => Promise<readonly unknown[]>; // per item: an error, or undefined

export interface GroupCommit<T> {
  write(item: T): Promise<void>;
  /** Resolves once every item given so far has been written. */
  idle(): Promise<void>;
}

interface Waiting<T> {
  item: T;
  resolve(): void;
  reject(error: unknown): void;
}

export function groupCommit<T>(writeBatch: WriteBatch<T>): GroupCommit<T> {
  let queue: Waiting<T>[] = [];
  let draining: Promise<void> | undefined;

  async function drain(): Promise<void> {
    await Promise.resolve(); // the rest of this task's items join the first batch
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      let errors: readonly unknown[];
      try {
        errors = await writeBatch(batch.map((waiting) => waiting.item));
      } catch (error) {
        errors = batch.map(() => error);
      }
      batch.forEach((waiting, i) => (errors[i] === undefined ? waiting.resolve() : waiting.reject(errors[i])));
    }
    draining = undefined;
  }

  return {
    write(item) {
      const written = new Promise<void>((resolve, reject) => queue.push({ item, resolve, reject }));
      draining ??= drain();
      return written;
    },
    idle: () => draining ?? Promise.resolve(),
  };
}
