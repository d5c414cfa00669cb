// An in-process collector on a fresh database, driven with Fastify's inject (no socket).
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../collector/app';
import type { TrustProxy } from '../../collector/config';
import type { ReportStore } from '../../collector/db/report-store';
import { createAddressHasher } from '../../collector/limits/address-hasher';
import type { RateLimiter } from '../../collector/limits/rate-limiter';
import { startReadThread, type Reads } from '../../collector/outages/read-thread';
import type { Report } from '../../src/core/report';
import { NOW } from './reports';
import { freshStore, type StoreCase, type StoreLocation } from './stores';

export interface Harness {
  app: FastifyInstance;
  store: ReportStore;
  reads: Reads;
  location: StoreLocation;
  clock: { now: number };
  post(body: unknown, headers?: Record<string, string>, from?: string): Promise<{ status: number; json: Record<string, unknown> }>;
  /** Posts reports (accepted ones only) from one client address. */
  send(reports: Report[], from?: string): Promise<void>;
  close(): Promise<void>;
}

export async function harness(
  kind: StoreCase,
  options: { k?: number; rateLimiter?: RateLimiter; trustProxy?: TrustProxy; maxReadsInFlight?: number; reads?: (reads: Reads) => Reads } = {},
): Promise<Harness> {
  const { store, location, dispose } = await freshStore(kind);
  const clock = { now: NOW };
  const now = (): number => clock.now;
  const started = startReadThread(location, { k: options.k ?? 5, maxInFlight: options.maxReadsInFlight });
  const reads = options.reads?.(started) ?? started; // a test may watch or hold up what the worker is asked
  const app = buildApp({ store, reads, now, senders: createAddressHasher(now), rateLimiter: options.rateLimiter, trustProxy: options.trustProxy });
  const post: Harness['post'] = async (body, headers = { 'content-type': 'application/json' }, from = '127.0.0.1') => {
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await app.inject({ method: 'POST', url: '/v1/reports', headers, payload, remoteAddress: from });
    return { status: res.statusCode, json: res.json() };
  };
  return {
    app,
    store,
    reads,
    location,
    clock,
    post,
    async send(reports, from) {
      for (let i = 0; i < reports.length; i += 100) {
        const res = await post({ reports: reports.slice(i, i + 100) }, undefined, from);
        if (res.status !== 200 || (res.json.refused as unknown[]).length > 0) throw new Error(`POST failed: ${res.status} ${JSON.stringify(res.json)}`);
      }
    },
    async close() {
      await app.close();
      await started.close();
      await dispose();
    },
  };
}
