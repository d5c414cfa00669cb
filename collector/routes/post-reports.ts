// POST /v1/reports: a batch of up to 100 reports. Each report is checked on its own (refusalReason, the
// rule the extension applies too); the good ones are stored under the sender's keyed hash and
// acknowledged — never before the transaction holding them has committed — and the answer names each
// refused report and why, so one bad report does not cost the others.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { MAX_BATCH_REPORTS, refusalReason, windowStart, type BatchAnswer, type Refusal, type Report } from '../../src/core/report';
import type { ReportStore } from '../db/report-store';
import type { AddressHasher } from '../limits/address-hasher';

export const BODY_LIMIT = 64 * 1024;
const MAX_PENDING_REPORTS = 50_000; // beyond this the database is not keeping up: ask senders to come back

// The envelope only: reports must be objects, but what is wrong inside one is that report's refusal.
const BatchEnvelopeSchema = Type.Object(
  { reports: Type.Array(Type.Object({}), { minItems: 1, maxItems: MAX_BATCH_REPORTS }) },
  { additionalProperties: false },
);

export function postReports(app: FastifyInstance, store: ReportStore, deps: { now: () => number; senders: AddressHasher }): void {
  app.post<{ Body: Static<typeof BatchEnvelopeSchema> }>('/v1/reports', { schema: { body: BatchEnvelopeSchema }, bodyLimit: BODY_LIMIT }, async (request, reply) => {
    const now = deps.now();
    const accepted: Report[] = [];
    const refused: Refusal[] = [];
    for (const [index, value] of request.body.reports.entries()) {
      const reason = refusalReason(value, now);
      if (reason === undefined) accepted.push(value as Report);
      else refused.push({ index, reason });
    }
    if (accepted.length > 0) {
      if (store.pending() > MAX_PENDING_REPORTS) {
        return reply.code(503).header('retry-after', '5').send({ statusCode: 503, error: 'busy', message: 'The collector is catching up; retry shortly.' });
      }
      try {
        await store.add(accepted, { sender: deps.senders.hash(request.ip).id, received: windowStart(now) });
      } catch (err) {
        console.error(`collector: storing a batch failed: ${err instanceof Error ? err.message : String(err)}`);
        return reply.code(503).header('retry-after', '30').send({ statusCode: 503, error: 'storage-unavailable', message: 'Nothing was stored; retry later.' });
      }
    }
    const answer: BatchAnswer = { stored: accepted.length, refused };
    return reply.code(200).send(answer);
  });
}
