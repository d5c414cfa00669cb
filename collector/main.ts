// `npm run collector`: the reference report collector. Settings come from the environment (config.ts).
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { readConfig } from './config';
import { openStore } from './db/open-store';
import { createAddressHasher } from './limits/address-hasher';
import { createRateLimiter } from './limits/rate-limiter';
import { startMaintenance } from './maintenance';
import { startReadThread } from './outages/read-thread';

const config = readConfig(process.env);
const store = await openStore(config);
const now = Date.now;
const hasher = createAddressHasher(now); // one key a day for both: rate limiting and counting senders
const rateLimiter = createRateLimiter({ perMinute: config.ratePerMinute, hasher, now });
const maintenance = startMaintenance(store, { now, retentionDays: config.retentionDays });
await maintenance.run(); // what a stopped collector left behind: windows to close, rows past the retention
const reads = startReadThread(config, { k: config.k }); // after openStore: the database and its tables exist
const app = buildApp({ store, reads, now, senders: hasher, rateLimiter, trustProxy: config.trustProxy });
await app.listen({ host: config.host, port: config.port });

const { port } = app.server.address() as AddressInfo;
const where = store.kind === 'sqlite' ? `SQLite ${config.sqlitePath}` : 'PostgreSQL';
console.log(`collector listening on http://${config.host}:${port} (${where}, k=${config.k})`);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  maintenance.stop();
  await app.close(); // stops accepting, lets in-flight batches finish and be acknowledged
  await reads.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
