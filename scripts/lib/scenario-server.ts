// A local HTTP server that answers each scenario's host (from the Host header) with its recorded response.
import { STATUS_CODES, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Scenario } from './scenarios';

export interface ScenarioServer {
  port: number;
  urlOf(scenario: Scenario): string;
  close(): Promise<void>;
}

export async function startScenarioServer(scenarios: readonly Scenario[]): Promise<ScenarioServer> {
  const byHost = new Map(scenarios.map((scenario) => [scenario.host, scenario]));
  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const scenario = byHost.get(host);
    // Browsers ask every host for a favicon; answer it so it is not counted as a failure.
    if (request.url === '/favicon.ico' || !scenario) {
      response.writeHead(scenario ? 204 : 421, { 'cache-control': 'no-store' }).end();
      return;
    }
    response.writeHead(scenario.status, scenario.statusText ?? STATUS_CODES[scenario.status] ?? '', scenario.headers).end(scenario.body);
  });
  // Lets close() finish at once instead of waiting for browsers' keep-alive connections.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    urlOf: (scenario) => `http://${scenario.host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
