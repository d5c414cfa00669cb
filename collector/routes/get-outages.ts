// GET /v1/outages?hours=24&by=service,failure,pop,domain: k-anonymous aggregates and outage flags, from
// the read cache (keyed by the normalized question: the same dimensions in any order are one entry). The
// answer's JSON is made by the read worker (outages/answer-read.ts); this thread only sends its bytes.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DIMENSIONS } from '../db/sql';
import { readKey, type ReadQuestion } from '../outages/answer-read';
import type { ReadCache } from '../outages/read-cache';
import type { Reads } from '../outages/read-thread';

const DIM = `(${DIMENSIONS.join('|')})`;
const OutagesQuerySchema = Type.Object(
  {
    hours: Type.Optional(Type.String({ pattern: '^([1-9][0-9]?|1[0-5][0-9]|16[0-8])$' })), // 1 to 168 (a week)
    by: Type.Optional(Type.String({ pattern: `^(${DIM}(,${DIM}){0,3})?$`, maxLength: 40 })),
  },
  { additionalProperties: false },
);

export function getOutages(app: FastifyInstance, reads: Reads, options: { now: () => number; cache: ReadCache<Buffer> }): void {
  app.get<{ Querystring: Static<typeof OutagesQuerySchema> }>('/v1/outages', { schema: { querystring: OutagesQuerySchema } }, async (request, reply) => {
    const { hours = '24', by = DIMENSIONS.join(',') } = request.query;
    const chosen = by.split(',');
    const question: ReadQuestion = { page: 'outages', hours: Number(hours), dimensions: DIMENSIONS.filter((d) => chosen.includes(d)) };
    const body = await options.cache.get(readKey(question), () => reads.answer(question, options.now()));
    return reply.header('cache-control', 'public, max-age=30').type('application/json; charset=utf-8').send(body);
  });
}
