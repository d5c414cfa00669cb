// The classifier contract (../shared/docs/architecture.md). Extend only by adding fields.

import type { IpLookup } from './ipranges/ip-range';

export interface Observation {
  url: string;
  statusCode?: number; // absent for a network error
  statusLine?: string; // e.g. "HTTP/1.1 503 Service Unavailable: Back-end server is at capacity"
  responseHeaders?: { name: string; value?: string }[]; // as webRequest reports them; any case
  ip?: string; // server IP, when the browser gives it
  error?: string; // e.g. "net::ERR_CONNECTION_TIMED_OUT", "NS_ERROR_NET_TIMEOUT"
  type?: string; // webRequest resource type, e.g. "main_frame"
  title?: string; // error page <title>, when known
  bodyText?: string; // start of the error page text (or HTML), when known
  timeStamp?: number;
}

export type Failure = 'edge' | 'origin' | 'block' | 'client' | 'none' | 'unknown';

export interface Diagnosis {
  provider: string | null; // the provider whose infrastructure produced this response; null = none recognised
  via?: string[]; // every provider seen on the path, outermost first
  service?: string; // e.g. 'cloudfront', 's3', 'elb', 'apigateway', 'lambda-url', 'workers', 'pages'
  failure: Failure;
  status?: number;
  code?: string; // provider's own code: '522', '1020', 'H12', 'FUNCTION_INVOCATION_FAILED', …
  pop?: string; // edge location, e.g. 'FRA' from cf-ray, 'IAD89-C1' from x-amz-cf-pop
  requestId?: string; // cf-ray, x-amz-cf-id, x-amzn-requestid, x-vercel-id, …
  evidence: string[]; // human-readable reasons
  mirrors?: MirrorHints; // added: where the site says its content also lives (kept for later mirror suggestions)
  networkError?: string; // added: with no HTTP answer, the browser's error name, e.g. 'ERR_CONNECTION_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT'
  // Added, failures only: what says the provider really answered (core/corroborate.ts).
  providerHeader?: string; // a header only the provider sets that marked the producer, e.g. 'cf-ray' (never `server` or page text)
  corroborated?: Corroboration; // set by corroborate(): the provider answered, by its address or by its header on a host seen healthy behind it
  disputed?: string; // set by corroborate(): the provider the answer claims, whose loaded ranges do not hold its public server address
}

/**
 * 'address': the server's public address is in the provider's published ranges; 'seen-healthy': a header only the
 * provider sets (or, with no HTTP answer, no header at all) on a host Detour saw served healthily by that provider before.
 */
export type Corroboration = 'address' | 'seen-healthy';

export interface MirrorHints {
  ipfsPath?: string; // x-ipfs-path: /ipfs/<cid>/… or /ipns/<name>/…
  onionLocation?: string; // Onion-Location: the site's .onion URL
}

export const FAILURES: readonly Failure[] = ['edge', 'origin', 'block', 'client', 'none', 'unknown'];

/** What the classifier may consult besides the observation: both optional, both pure lookups. */
export interface ClassifierDeps {
  lookupIp?: IpLookup; // server address → provider (published IP ranges)
  hostProvider?: (host: string) => string | undefined; // what Detour learned earlier about a host
}
