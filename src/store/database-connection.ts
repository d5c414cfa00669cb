// One connection, opened lazily and reopened after it was closed for another context's schema upgrade
// (`versionchange`) or by the browser. Transactions are started through run() so that a connection closed
// between being handed out and being used is replaced once, transparently.
import type { IDBPTransaction } from 'idb';
import { openDatabase, type DetourDatabase } from './open-database';
import type { DetourDB, DetourStoreName, Migration } from './schema';

export interface DatabaseConnection {
  /** Opens the database now (rejects when it cannot be opened). */
  open(): Promise<void>;
  run<const Names extends ArrayLike<DetourStoreName>, Mode extends IDBTransactionMode, R>(
    stores: Names,
    mode: Mode,
    body: (tx: IDBPTransaction<DetourDB, Names, Mode>) => Promise<R>,
  ): Promise<R>;
  /** Final: later run() calls reject. Transactions already started still complete. */
  close(): void;
}

export interface DatabaseConnectionOptions {
  indexedDB: IDBFactory;
  migrations: readonly Migration[];
  onBlocked?(): void;
  onOpened?(): void;
}

export function databaseConnection({ indexedDB, migrations, onBlocked, onOpened }: DatabaseConnectionOptions): DatabaseConnection {
  let current: Promise<DetourDatabase> | undefined;
  let closed = false;
  const forget = (opening: Promise<DetourDatabase>) => {
    if (current === opening) current = undefined;
  };

  function open(): Promise<DetourDatabase> {
    const opening: Promise<DetourDatabase> = openDatabase({
      indexedDB,
      migrations,
      onBlocked,
      onVersionChange(db) {
        db.close(); // lets the other context upgrade; the next run() reopens
        forget(opening);
      },
      onClosed: () => forget(opening),
    });
    opening.then(onOpened, () => forget(opening));
    return opening;
  }

  function get(): Promise<DetourDatabase> {
    if (closed) return Promise.reject(new Error('the Detour store is closed'));
    current ??= open();
    return current;
  }

  return {
    async open() {
      await get();
    },
    async run(stores, mode, body) {
      const opening = get();
      const db = await opening;
      let tx;
      try {
        tx = db.transaction(stores, mode);
      } catch (error) {
        // InvalidStateError: closed for an upgrade since it was handed out. Reopen once.
        if (!(error instanceof Error) || error.name !== 'InvalidStateError') throw error;
        forget(opening);
        tx = (await get()).transaction(stores, mode);
      }
      return body(tx);
    },
    close() {
      closed = true;
      const opening = current;
      current = undefined;
      opening?.then((db) => db.close()).catch(() => {});
    },
  };
}
