// The loopback CONNECT proxy the browsers send https: through in tests (launch option httpsProxyPort): it
// tunnels a CONNECT for an allowed host on port 443 to a local TLS server and refuses everything else, so
// nothing reaches the internet. Used by the mirror stand-ins and the HAR replay.
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, type Server, type Socket, connect } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** Destroys every tunnel and stops listening. */
  close(): Promise<void>;
}

export async function startConnectProxy(tlsPort: number, allowed: (host: string) => boolean): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const proxy = createHttpServer((_request, response) => void response.writeHead(405).end('CONNECT only\n'));
  proxy.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    track(client);
    client.on('error', () => client.destroy());
    const [host = '', port = '443'] = (request.url ?? '').split(':');
    if (!allowed(host.toLowerCase()) || port !== '443') {
      client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n'); // no way out to the internet
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
  });
  const port = await listenOnLoopback(proxy);
  return {
    port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await stopServer(proxy);
    },
  };
}

export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return (server.address() as AddressInfo).port;
}

export function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
    server.close(() => resolve());
  });
}
