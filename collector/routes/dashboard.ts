// GET / (the public page, from the read cache; rendered by the read worker, outages/answer-read.ts) and
// GET /dashboard.css, under a Content-Security-Policy that allows nothing but this origin's stylesheet:
// no script, no inline style, no third party.
import type { FastifyInstance } from 'fastify';
import { DASHBOARD_CSS } from '../dashboard/style';
import { readKey, type ReadQuestion } from '../outages/answer-read';
import type { ReadCache } from '../outages/read-cache';
import type { Reads } from '../outages/read-thread';

export const DASHBOARD_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE: ReadQuestion = { page: 'dashboard' };

export function dashboard(app: FastifyInstance, reads: Reads, options: { now: () => number; cache: ReadCache<Buffer> }): void {
  app.get('/', async (_request, reply) => {
    const page = await options.cache.get(readKey(PAGE), () => reads.answer(PAGE, options.now()));
    return reply
      .header('content-security-policy', DASHBOARD_CSP)
      .header('cache-control', 'public, max-age=30')
      .type('text/html; charset=utf-8')
      .send(page);
  });
  app.get('/dashboard.css', async (_request, reply) =>
    reply.header('content-security-policy', DASHBOARD_CSP).header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(DASHBOARD_CSS),
  );
}
