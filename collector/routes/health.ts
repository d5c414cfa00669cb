// GET /healthz: the process answers and its database does too.
import type { FastifyInstance } from 'fastify';
import type { ReportStore } from '../db/report-store';

export function health(app: FastifyInstance, store: ReportStore): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await store.firstWindow();
      return reply.header('cache-control', 'no-store').send({ status: 'ok', storage: store.kind });
    } catch {
      return reply.code(503).send({ statusCode: 503, error: 'storage-unavailable', message: 'The database does not answer.' });
    }
  });
}
