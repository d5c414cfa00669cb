// npm run simulate [-- --port 8080]
// Serves every outage scenario on 127.0.0.1, prints each scenario's URL and the browser flags that map its
// host names to loopback, and stays up until Ctrl+C. `npm start` uses the same server.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register(); // lets this plain-Node script import the TypeScript harness shared with the E2E tests

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('usage: npm run simulate [-- --port <number>]');
  process.exit(2);
}

const { startScenarioServer } = await import('./lib/scenario-server');
const { SCENARIOS } = await import('./lib/scenarios');
const { browserFlags, scenarioList } = await import('./lib/simulator-guide');

const server = await startScenarioServer(SCENARIOS, { port });
console.log(`Detour outage simulator on 127.0.0.1:${server.port} (refused connections go to port ${server.refusedPort})\n`);
console.log(scenarioList(server, SCENARIOS));
console.log(`\n${browserFlags(SCENARIOS, join(root, 'dist'))}\n`);
console.log('Serving until Ctrl+C.');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
