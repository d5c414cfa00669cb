// Retention for what is kept beside the failures: learned hosts not seen, and tabs' page records not
// started, within the failures' age limit go too. A read finds them; a write happens only when there are some.
import type { DatabaseConnection } from './database-connection';
import { transactionDone } from './transaction-done';

export async function pruneStale(connection: DatabaseConnection, cutoff: number): Promise<number> {
  const [hosts, pages] = await connection.run(['hosts', 'pages'], 'readonly', async (tx) => {
    const [allHosts, allPages] = await Promise.all([tx.objectStore('hosts').getAll(), tx.objectStore('pages').getAll()]);
    return [allHosts.filter((host) => !(host.seen >= cutoff)).map((host) => host.host), allPages.filter((page) => !(page.start >= cutoff)).map((page) => page.tabId)] as const;
  });
  if (hosts.length === 0 && pages.length === 0) return 0;
  await connection.run(['hosts', 'pages'], 'readwrite', async (tx) => {
    await transactionDone(tx, [...hosts.map((key) => tx.objectStore('hosts').delete(key)), ...pages.map((key) => tx.objectStore('pages').delete(key))]);
  });
  return hosts.length + pages.length;
}
