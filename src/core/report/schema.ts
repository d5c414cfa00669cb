// The one definition of a shared failure report (../shared/docs/sharing.md). The extension builds and
// shows it; the collector validates it (Fastify compiles this JSON Schema with ajv on the server; the
// extension never compiles code at run time). Every property carries the description people read.
import { Type, type Static } from '@sinclair/typebox';
import { WINDOW_SECONDS } from './window';

export { WINDOW_SECONDS };
export const MAX_BATCH_REPORTS = 100;

/** Network-error classes: what a report says instead of a status when no HTTP answer came. */
export const NET_ERROR_CLASSES = ['timeout', 'refused', 'reset', 'closed', 'unreachable', 'tls', 'protocol', 'response', 'dns', 'redirect', 'other'] as const;
export type NetErrorClass = (typeof NET_ERROR_CLASSES)[number];

export const PATTERNS = {
  provider: '^[a-z0-9-]{1,32}$',
  service: '^[a-z0-9-]{1,32}$',
  pop: '^[A-Z0-9-]{2,16}$',
  version: '^[0-9]{1,5}(\\.[0-9]{1,5}){0,3}$',
  // A lowercase (punycode) host name with an alphabetic or xn-- top label: no IP, no port, no path.
  domain: '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$',
} as const;

const MIN_WINDOW = 1_577_836_800; // 2020-01-01T00:00:00Z
const MAX_WINDOW = 4_102_444_800; // 2100-01-01T00:00:00Z

export const ReportSchema = Type.Object(
  {
    window: Type.Integer({
      minimum: MIN_WINDOW,
      maximum: MAX_WINDOW,
      multipleOf: WINDOW_SECONDS,
      description: 'Start of the 5-minute window the failure fell in (Unix seconds, floored), never the exact time.',
    }),
    provider: Type.String({ pattern: PATTERNS.provider, maxLength: 32, description: 'The provider Detour blamed, e.g. "cloudflare".' }),
    service: Type.Optional(
      Type.String({ pattern: PATTERNS.service, maxLength: 32, description: "The provider's service when known, e.g. \"cloudfront\" or \"workers\"." }),
    ),
    failure: Type.Union([Type.Literal('edge'), Type.Literal('origin')], {
      description: 'Whose side failed: "edge" (the provider) or "origin" (the site behind it).',
    }),
    status: Type.Union(
      [Type.Integer({ minimum: 100, maximum: 599 }), Type.Union(NET_ERROR_CLASSES.map((name) => Type.Literal(name)))],
      { description: 'The HTTP status code, or the kind of network error (e.g. "timeout") when no answer came.' },
    ),
    pop: Type.Optional(
      Type.String({
        pattern: PATTERNS.pop,
        maxLength: 16,
        description: 'The edge location code when the provider exposes one (e.g. "FRA"); only with its own opt-in.',
      }),
    ),
    domain: Type.Optional(
      Type.String({
        pattern: PATTERNS.domain,
        minLength: 4,
        maxLength: 253,
        description: 'The registrable domain of the failing site (e.g. "example.com"), never a URL or subdomain; only with its own opt-in.',
      }),
    ),
    version: Type.String({ pattern: PATTERNS.version, maxLength: 23, description: "Detour's version, e.g. \"0.1.0\"." }),
  },
  { additionalProperties: false },
);

export type Report = Static<typeof ReportSchema>;

/** The exact bytes sent to the collector (and shown on the options page): no whitespace, keys in the order buildReport wrote them. */
export function serializeBatch(reports: readonly Report[]): string {
  return JSON.stringify({ reports });
}

export const ReportBatchSchema = Type.Object(
  { reports: Type.Array(ReportSchema, { minItems: 1, maxItems: MAX_BATCH_REPORTS }) },
  { additionalProperties: false },
);

export type ReportBatch = Static<typeof ReportBatchSchema>;
