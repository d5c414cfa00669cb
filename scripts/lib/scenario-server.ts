// A local HTTP server that plays back every scenario: it answers by Host header (the browsers map each
// scenario host to 127.0.0.1), per path for a scenario's page, and per request for its subresource hosts.
import { STATUS_CODES, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Reply, ReplyFor } from './reply';
import type { Scenario, ServedScenario } from './scenarios';

export interface ScenarioServer {
  port: number;
  /** A loopback port nothing listens on: refused-connection scenarios point there. */
  refusedPort: number;
  /** The page's URL, e.g. http://shop.northwind-outfitters.com:41234/ */
  urlOf(scenario: Scenario): string;
  /** How many requests a host has answered so far (favicons excluded). */
  served(host: string): number;
  close(): Promise<void>;
}

type HostHandler = (path: string, n: number) => Reply | undefined;

export async function startScenarioServer(scenarios: readonly Scenario[], { port: wantedPort = 0 } = {}): Promise<ScenarioServer> {
  const refusedPort = await closedPort();
  const handlers = new Map<string, HostHandler>();
  const counts = new Map<string, number>();
  let port = 0;
  const add = (host: string, handler: HostHandler) => {
    if (handlers.has(host)) throw new Error(`two scenarios serve ${host}`);
    handlers.set(host, handler);
  };
  for (const scenario of scenarios) {
    if (scenario.refused) continue;
    add(scenario.host, pageHandler(scenario, () => port));
    for (const { host, reply } of scenario.subresources ?? []) add(host, subresourceHandler(reply));
  }

  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handler = handlers.get(host);
    if (!handler) return void response.writeHead(421, { 'content-type': 'text/plain' }).end(`No scenario serves ${host}\n`);
    // Browsers ask every host for a favicon: answer it so that it never counts as a failure.
    if (path === '/favicon.ico') return void response.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
    const n = (counts.get(host) ?? 0) + 1;
    counts.set(host, n);
    const reply = handler(path, n) ?? NOT_FOUND;
    if (reply.delayMs) setTimeout(() => send(response, reply), reply.delayMs);
    else send(response, reply);
  });
  // Lets close() finish at once instead of waiting for browsers' keep-alive connections.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wantedPort, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    refusedPort,
    urlOf: (scenario) => `http://${scenario.host}:${scenario.refused ? refusedPort : port}${scenario.path ?? '/'}`,
    served: (host) => counts.get(host) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const NOT_FOUND: Reply = { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found\n' };

function pageHandler(scenario: ServedScenario, port: () => number): HostHandler {
  const path = scenario.path ?? '/';
  return (requested, n) => {
    if (requested === path) {
      const { status, statusText, headers, body, delayMs } = scenario;
      const nonce = `${n.toString(36)}${Date.now().toString(36)}`;
      return { status, statusText, headers, delayMs, body: typeof body === 'string' ? body : body({ port: port(), nonce }) };
    }
    return scenario.paths?.[requested];
  };
}

function subresourceHandler(reply: ReplyFor): HostHandler {
  return (_path, n) => reply(n);
}

function send(response: ServerResponse, { status, statusText, headers, body }: Reply): void {
  if (response.destroyed) return;
  const bytes = Buffer.from(body);
  response.writeHead(status, statusText ?? STATUS_CODES[status] ?? '', { ...headers, 'content-length': String(bytes.length) });
  response.end(bytes);
}

/** A port that was free a moment ago and is closed now (not one of Chromium's "unsafe" ports such as 9). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
