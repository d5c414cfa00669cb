// The group-commit writer for the IndexedDB store: one readwrite transaction per batch, replaying what is
// kept in memory first. A batch whose transaction fails is kept in memory (the overlay) op by op and its
// callers resolve: nothing that resolved is lost while this context runs; the status says it is unsaved.
import type { DatabaseConnection } from './database-connection';
import type { Overlay } from './overlay';
import { transactionDone } from './transaction-done';
import { storageFullProblem, writeFailedProblem } from './store-problems';
import type { StatusKeeper } from './store-status';
import { applyOp, isValueError, keptInMemoryOnFailure, storesOf, type WriteOp } from './write-op';

export interface SaveBatchDeps {
  connection: DatabaseConnection;
  overlay: Overlay;
  status: StatusKeeper;
  cap: number;
  onSaved(): void;
  onStorageFull(): void;
}

export function saveBatch({ connection, overlay, status, cap, onSaved, onStorageFull }: SaveBatchDeps) {
  return async (ops: readonly WriteOp[]): Promise<unknown[]> => {
    const errors: unknown[] = ops.map(() => undefined);
    const replayed = overlay.ops();
    const all = [...replayed, ...ops];
    const stores = storesOf(all);
    if (stores.length === 0) return errors;
    try {
      await connection.run(stores, 'readwrite', async (tx) => {
        const requests: Promise<unknown>[] = [];
        try {
          all.forEach((op, i) => {
            try {
              requests.push(...applyOp(tx, op));
            } catch (error) {
              if (!isValueError(error)) throw error;
              // A refused value fails its own caller only (a replayed one cannot fail anyone: it is dropped).
              if (i >= replayed.length) errors[i - replayed.length] = error;
            }
          });
        } catch (error) {
          abortQuietly(tx, requests);
          throw error;
        }
        await transactionDone(tx, requests);
      });
      overlay.reset();
      status.set({ mode: 'indexeddb' });
      onSaved();
    } catch (error) {
      ops.forEach((op, i) => {
        if (errors[i] !== undefined) return;
        if (!keptInMemoryOnFailure(op)) return void (errors[i] = error);
        overlay.apply(op);
        if (op.kind === 'clear') errors[i] = error; // forgetting only in memory is no clear: say so
      });
      const kept = overlay.tables.failures.size;
      const full = error instanceof Error && error.name === 'QuotaExceededError';
      status.set({ mode: 'indexeddb', problem: full ? storageFullProblem(kept, cap) : writeFailedProblem(error, kept) });
      if (full) onStorageFull();
    }
    return errors;
  };
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }, requests: Promise<unknown>[]): void {
  for (const request of requests) request.catch(() => {});
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}
