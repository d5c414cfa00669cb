// Helpers shared by the mirror clients' tests: a streamed body with no Content-Length, and a fetch whose
// answers the test writes (for what a local server cannot show, such as a browser's opaque redirect).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A route that streams `total` bytes in chunks without announcing a length. */
export function streamed(total: number, type = 'application/json'): (req: IncomingMessage, res: ServerResponse) => void {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type, 'transfer-encoding': 'chunked' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  };
}

/** A Response that reports a final URL (as after redirects), which `new Response()` cannot set. */
export function answeredFrom(url: string, body: string, init?: ResponseInit): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
