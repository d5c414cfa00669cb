// POST /v1/reports: a batch valid against the shared schema, stored, then acknowledged — never before
// the transaction holding it has committed.
import type { FastifyInstance } from 'fastify';
import { ReportBatchSchema, type ReportBatch } from '../../src/core/report';
import { checkReports } from '../check-reports';
import type { ReportStore } from '../db/report-store';

export const BODY_LIMIT = 64 * 1024;
const MAX_PENDING_REPORTS = 50_000; // beyond this the database is not keeping up: ask senders to come back

export function postReports(app: FastifyInstance, store: ReportStore, now: () => number): void {
  app.post<{ Body: ReportBatch }>('/v1/reports', { schema: { body: ReportBatchSchema }, bodyLimit: BODY_LIMIT }, async (request, reply) => {
    const { reports } = request.body;
    const problem = checkReports(reports, Math.floor(now() / 1000));
    if (problem !== undefined) return reply.code(422).send({ statusCode: 422, error: 'rejected-report', message: problem });
    if (store.pending() > MAX_PENDING_REPORTS) {
      return reply.code(503).header('retry-after', '5').send({ statusCode: 503, error: 'busy', message: 'The collector is catching up; retry shortly.' });
    }
    try {
      await store.add(reports);
    } catch (err) {
      console.error(`collector: storing a batch failed: ${err instanceof Error ? err.message : String(err)}`);
      return reply.code(503).header('retry-after', '30').send({ statusCode: 503, error: 'storage-unavailable', message: 'Nothing was stored; retry later.' });
    }
    return reply.code(200).send({ stored: reports.length });
  });
}
