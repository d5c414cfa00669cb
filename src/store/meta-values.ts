// Values kept in the database's `meta` store by key (cached range lists and the like), on a connection of
// their own so the failure store's interface stays as it is. Falls back to memory when IndexedDB cannot be
// used: the values are caches, losing them costs a download.
import { databaseConnection } from './database-connection';
import { MIGRATIONS } from './schema';

export interface MetaValues {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

export function metaValues(indexedDB: IDBFactory | undefined = globalThis.indexedDB as IDBFactory | undefined): MetaValues {
  const memory = new Map<string, unknown>();
  if (indexedDB === undefined) return { get: async (key) => memory.get(key), put: async (key, value) => void memory.set(key, value) };
  const connection = databaseConnection({ indexedDB, migrations: MIGRATIONS });
  return {
    async get(key) {
      try {
        return (await connection.run(['meta'], 'readonly', (tx) => tx.objectStore('meta').get(key)))?.value ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    async put(key, value) {
      memory.delete(key);
      try {
        await connection.run(['meta'], 'readwrite', async (tx) => {
          await tx.objectStore('meta').put({ key, value });
          await tx.done;
        });
      } catch {
        memory.set(key, value);
      }
    },
  };
}
