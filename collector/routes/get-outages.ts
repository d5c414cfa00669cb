// GET /v1/outages?hours=24&by=service,failure,pop,domain: k-anonymous aggregates and outage flags.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { ReportStore } from '../db/report-store';
import { DIMENSIONS, type Dimension } from '../db/sql';
import { queryOutages } from '../outages/query-outages';

const DIM = `(${DIMENSIONS.join('|')})`;
const OutagesQuerySchema = Type.Object(
  {
    hours: Type.Optional(Type.String({ pattern: '^([1-9][0-9]?|1[0-5][0-9]|16[0-8])$' })), // 1 to 168 (a week)
    by: Type.Optional(Type.String({ pattern: `^(${DIM}(,${DIM}){0,3})?$`, maxLength: 40 })),
  },
  { additionalProperties: false },
);

export function getOutages(app: FastifyInstance, store: ReportStore, options: { k: number; now: () => number }): void {
  app.get<{ Querystring: Static<typeof OutagesQuerySchema> }>('/v1/outages', { schema: { querystring: OutagesQuerySchema } }, async (request, reply) => {
    const { hours = '24', by = DIMENSIONS.join(',') } = request.query;
    const dimensions = by === '' ? [] : (by.split(',') as Dimension[]);
    const outages = await queryOutages(store, { now: options.now(), hours: Number(hours), dimensions, k: options.k });
    return reply.header('cache-control', 'public, max-age=30').send(outages);
  });
}
