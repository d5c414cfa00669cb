// GET /v1/outages?hours=24&by=service,failure,pop,domain: k-anonymous aggregates and outage flags, from
// the read cache (keyed by the normalized question: the same dimensions in any order are one entry). The
// cache holds the serialized answer: a large answer is turned into JSON once, not once per reader.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { ReportStore } from '../db/report-store';
import { DIMENSIONS } from '../db/sql';
import { queryOutages } from '../outages/query-outages';
import type { ReadCache } from '../outages/read-cache';

const DIM = `(${DIMENSIONS.join('|')})`;
const OutagesQuerySchema = Type.Object(
  {
    hours: Type.Optional(Type.String({ pattern: '^([1-9][0-9]?|1[0-5][0-9]|16[0-8])$' })), // 1 to 168 (a week)
    by: Type.Optional(Type.String({ pattern: `^(${DIM}(,${DIM}){0,3})?$`, maxLength: 40 })),
  },
  { additionalProperties: false },
);

export function getOutages(app: FastifyInstance, store: ReportStore, options: { k: number; now: () => number; cache: ReadCache<string> }): void {
  app.get<{ Querystring: Static<typeof OutagesQuerySchema> }>('/v1/outages', { schema: { querystring: OutagesQuerySchema } }, async (request, reply) => {
    const { hours = '24', by = DIMENSIONS.join(',') } = request.query;
    const chosen = by.split(',');
    const dimensions = DIMENSIONS.filter((d) => chosen.includes(d));
    const key = `outages?hours=${Number(hours)}&by=${dimensions.join(',')}`;
    const body = await options.cache.get(key, async () => JSON.stringify(await queryOutages(store, { now: options.now(), hours: Number(hours), dimensions, k: options.k })));
    return reply.header('cache-control', 'public, max-age=30').type('application/json; charset=utf-8').send(body);
  });
}
