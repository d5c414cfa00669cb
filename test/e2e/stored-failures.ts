// Reads Detour's IndexedDB from one of its own pages: the failures stored for a page, as the store keeps
// them. Runs inside the extension (serialised), so it is self-contained and never creates the database.
export interface StoredFailure { id: string; url: string; host: string; pageUrl: string; provider: string | null; failure: string; status?: number }

export async function storedFailuresIn(pageUrl: string): Promise<StoredFailure[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('detour');
    open.onupgradeneeded = () => open.transaction?.abort(); // the background has not made it yet: create nothing
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('cannot open detour'));
  });
  try {
    const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction('failures').objectStore('failures').getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error ?? new Error('cannot read failures'));
    });
    return all
      .filter((record) => record.pageUrl === pageUrl)
      .map((record) => {
        const diagnosis = record.diagnosis as { status?: number };
        return { id: String(record.id), url: String(record.url), host: String(record.host), pageUrl: String(record.pageUrl), provider: record.provider as string | null, failure: String(record.failure), status: diagnosis.status };
      });
  } finally {
    db.close();
  }
}
