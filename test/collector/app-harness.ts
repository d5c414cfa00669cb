// An in-process collector on a fresh database, driven with Fastify's inject (no socket).
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../collector/app';
import type { ReportStore } from '../../collector/db/report-store';
import type { RateLimiter } from '../../collector/limits/rate-limiter';
import type { Report } from '../../src/core/report';
import { NOW } from './reports';
import { freshStore, type StoreCase } from './stores';

export interface Harness {
  app: FastifyInstance;
  store: ReportStore;
  clock: { now: number };
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }>;
  send(reports: Report[]): Promise<void>;
  close(): Promise<void>;
}

export async function harness(kind: StoreCase, options: { k?: number; rateLimiter?: RateLimiter } = {}): Promise<Harness> {
  const { store, dispose } = await freshStore(kind);
  const clock = { now: NOW };
  const app = buildApp({ store, k: options.k ?? 5, now: () => clock.now, rateLimiter: options.rateLimiter });
  const post: Harness['post'] = async (body, headers = { 'content-type': 'application/json' }) => {
    const res = await app.inject({ method: 'POST', url: '/v1/reports', headers, payload: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.statusCode, json: res.json() };
  };
  return {
    app,
    store,
    clock,
    post,
    async send(reports) {
      for (let i = 0; i < reports.length; i += 100) {
        const res = await post({ reports: reports.slice(i, i + 100) });
        if (res.status !== 200) throw new Error(`POST failed: ${res.status} ${JSON.stringify(res.json)}`);
      }
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
}
