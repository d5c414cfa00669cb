// GET / (the public page, from the read cache) and GET /dashboard.css, under a Content-Security-Policy that allows nothing
// but this origin's stylesheet: no script, no inline style, no third party.
import type { FastifyInstance } from 'fastify';
import { renderDashboard } from '../dashboard/page';
import { DASHBOARD_CSS } from '../dashboard/style';
import type { ReportStore } from '../db/report-store';
import { DIMENSIONS } from '../db/sql';
import { queryOutages } from '../outages/query-outages';
import type { ReadCache } from '../outages/read-cache';

export const DASHBOARD_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function dashboard(app: FastifyInstance, store: ReportStore, options: { k: number; now: () => number; cache: ReadCache<string> }): void {
  app.get('/', async (_request, reply) => {
    const page = await options.cache.get('/', async () => {
      const now = options.now();
      return renderDashboard(await queryOutages(store, { now, hours: 24, dimensions: DIMENSIONS, k: options.k }), Math.floor(now / 1000));
    });
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
