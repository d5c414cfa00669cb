// A local HTTP server that speaks like the providers' endpoints: each route answers with a status,
// headers and a body, or never answers at all (to test timeouts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = { status?: number; type?: string; body: string | Uint8Array } | 'hang' | ((req: IncomingMessage, res: ServerResponse) => void);

export interface StandIn {
  url(path: string): string;
  hits(path: string): number;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

export async function startStandIn(routes: Record<string, Route>): Promise<StandIn> {
  const hits = new Map<string, number>();
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push(req);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (route === 'hang') {
      // never answers
    } else if (typeof route === 'function') {
      route(req, res);
    } else {
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/json' }).end(route.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
