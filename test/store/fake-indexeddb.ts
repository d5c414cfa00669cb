// fake-indexeddb for the store tests: a fresh factory per test, and factories that count or break
// transactions the way browsers do. idb (like the browser) finds IDBRequest, IDBKeyRange, … as globals:
// those are installed here; globalThis.indexedDB is not, so "no indexedDB at all" stays testable.
import * as fake from 'fake-indexeddb';
import type { Diagnosis } from '../../src/core/types';
import type { FailureRecord } from '../../src/store/schema';

const INTERFACES = [
  'IDBCursor', 'IDBCursorWithValue', 'IDBDatabase', 'IDBIndex', 'IDBKeyRange', 'IDBObjectStore',
  'IDBOpenDBRequest', 'IDBRequest', 'IDBTransaction', 'IDBVersionChangeEvent',
] as const;
for (const name of INTERFACES) Object.defineProperty(globalThis, name, { value: fake[name], configurable: true, writable: true });

export const freshFactory = (): IDBFactory => new fake.IDBFactory();

/** A factory whose open() throws, as Firefox's did in private windows. */
export function unavailableFactory(): IDBFactory {
  const indexedDB = freshFactory();
  indexedDB.open = () => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  };
  return indexedDB;
}

/** What to do to the n-th readwrite transaction on `failures` (counted from 1). */
export type Breakage = 'quota-on-put' | 'quota-on-commit' | 'abort' | undefined;

export interface InstrumentedFactory {
  indexedDB: IDBFactory;
  /** Readwrite transactions that include the failures store, so far. */
  failureWrites(): number;
  /** Every connection opened through this factory (to force-close one, as a browser may). */
  connections: IDBDatabase[];
}

export function instrumentedFactory(breakage: (n: number) => Breakage = () => undefined): InstrumentedFactory {
  const indexedDB = freshFactory();
  const connections: IDBDatabase[] = [];
  let failureWrites = 0;
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (name: string, version?: number) => {
    const request = open(name, version);
    request.addEventListener('success', () => {
      const db = request.result;
      connections.push(db);
      const transaction = db.transaction.bind(db);
      db.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
        const tx = transaction(stores, mode);
        if (mode === 'readwrite' && [stores].flat().includes('failures')) breakTransaction(tx, breakage(++failureWrites));
        return tx;
      }) as IDBDatabase['transaction'];
    });
    return request;
  };
  return { indexedDB, failureWrites: () => failureWrites, connections };
}

function breakTransaction(tx: IDBTransaction, breakage: Breakage): void {
  if (breakage === 'quota-on-put') {
    // As the brief's simulation: put itself refuses.
    const objectStore = tx.objectStore.bind(tx);
    tx.objectStore = (name: string) => {
      const store = objectStore(name);
      store.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      return store;
    };
  } else if (breakage === 'quota-on-commit') {
    // As browsers do: the requests are accepted, then the transaction aborts with QuotaExceededError.
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    Object.defineProperty(tx, 'error', { get: () => quota, set() {}, configurable: true });
    queueMicrotask(() => tx.abort());
  } else if (breakage === 'abort') {
    queueMicrotask(() => tx.abort());
  }
}

export function failure(id: string, overrides: Partial<FailureRecord> = {}): FailureRecord {
  const provider = overrides.provider === undefined ? 'cloudflare' : overrides.provider;
  const diagnosis: Diagnosis = { provider, failure: 'origin', status: 522, code: '522', pop: 'FRA', evidence: ['server: cloudflare', 'status 522'] };
  return {
    id,
    tabId: 1,
    pageId: '1-1000',
    pageUrl: 'https://shop.example/',
    url: `https://shop.example/${id}.js`,
    host: 'shop.example',
    type: 'script',
    time: 1_000,
    provider,
    failure: 'origin',
    diagnosis,
    ...overrides,
  };
}
