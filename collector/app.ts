// The collector's HTTP face, wired once: the store, the read worker, the clock, the sender hasher and the
// rate limiter come in as arguments so tests run it in-process (inject) or as a real child process alike. Fastify's logger stays
// off: nothing about a request, least of all its address, is written anywhere.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { TrustProxy } from './config';
import type { ReportStore } from './db/report-store';
import { errorBody, retryAfter } from './errors';
import type { AddressHasher } from './limits/address-hasher';
import type { RateLimiter } from './limits/rate-limiter';
import { createReadCache } from './outages/read-cache';
import type { Reads } from './outages/read-thread';
import { dashboard } from './routes/dashboard';
import { getOutages } from './routes/get-outages';
import { health } from './routes/health';
import { BODY_LIMIT, postReports } from './routes/post-reports';

export interface AppDeps {
  store: ReportStore;
  reads: Reads; // GET answers, made off the main thread (outages/read-thread.ts), with their own k
  now: () => number;
  senders: AddressHasher; // who sent a report, as k-anonymity counts people: a keyed hash, never the address
  rateLimiter?: RateLimiter;
  trustProxy?: TrustProxy; // X-Forwarded-For is read only from these proxies (or this many hops)
}

const READ_CACHE = { ttlMs: 5_000, maxStaleMs: 60_000, maxEntries: 64 };

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

// A hop count as the function proxy-addr makes of one (Fastify's types take only the other forms).
function proxyTrust(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: proxyTrust(deps.trustProxy ?? false),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    connectionTimeout: 15_000,
    requestTimeout: 15_000,
    return503OnClosing: true,
    // Reject, never repair: Fastify's defaults would silently strip unknown fields and coerce types.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });

  app.removeContentTypeParser('text/plain'); // JSON only: anything else is a 415, not a schema error

  app.addHook('onRequest', async (request, reply) => {
    if (deps.rateLimiter === undefined || request.url === '/healthz') return;
    const wait = deps.rateLimiter.take(request.ip);
    if (wait !== undefined) {
      return reply.code(429).header('retry-after', String(wait)).send({ statusCode: 429, error: 'rate-limited', message: `Too many requests; retry in ${wait} s.` });
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
    return payload;
  });
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const body = errorBody(error);
    const wait = retryAfter(error);
    if (wait !== undefined) reply.header('retry-after', String(wait)); // busy, not failed: nothing to print
    else if (body.statusCode >= 500) console.error(`collector: ${request.method} ${request.routeOptions.url ?? '(no route)'} failed: ${error.message}`);
    return reply.code(body.statusCode).send(body);
  });
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ statusCode: 404, error: 'not-found', message: 'No such route.' }));

  postReports(app, deps.store, deps);
  getOutages(app, deps.reads, { now: deps.now, cache: createReadCache<Buffer>({ ...READ_CACHE, now: deps.now }) });
  dashboard(app, deps.reads, { now: deps.now, cache: createReadCache<Buffer>({ ...READ_CACHE, maxEntries: 1, now: deps.now }) });
  health(app, deps.store);
  return app;
}
