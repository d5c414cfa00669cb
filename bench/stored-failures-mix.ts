// 50,000 realistic stored failures for the popup benchmark: a few hundred sites on the usual providers,
// each failure classified as Detour would record it, spread over the last 30 days (busier lately).
import type { Diagnosis } from '../src/core/types';
import type { StoredFailure } from '../src/store/schema';
import { toStored } from '../src/store/stored-failure';

const KINDS: { provider: string | null; diagnosis: Omit<Diagnosis, 'provider'>; server: string }[] = [
  { provider: 'cloudflare', server: 'cloudflare', diagnosis: { failure: 'origin', status: 522, code: '522', pop: 'FRA', evidence: ['server: cloudflare', 'status 522'] } },
  { provider: 'cloudflare', server: 'cloudflare', diagnosis: { failure: 'edge', status: 500, pop: 'AMS', evidence: ['server: cloudflare', 'status 500', 'Cloudflare error page'] } },
  { provider: 'cloudflare', server: 'cloudflare', diagnosis: { failure: 'block', status: 403, code: '1020', pop: 'LHR', evidence: ['server: cloudflare', 'cf-mitigated: challenge'] } },
  { provider: 'aws', server: 'AmazonS3', diagnosis: { service: 's3', failure: 'edge', status: 503, code: 'SlowDown', evidence: ['server: AmazonS3', 'status 503', 'SlowDown'] } },
  { provider: 'aws', server: 'CloudFront', diagnosis: { service: 'cloudfront', failure: 'origin', status: 502, pop: 'FRA56-P5', evidence: ['x-cache: Error from cloudfront', 'status 502'] } },
  { provider: 'fastly', server: 'Varnish', diagnosis: { failure: 'edge', status: 503, pop: 'FRA', evidence: ['x-served-by: cache-fra', 'status 503'] } },
  { provider: 'akamai', server: 'AkamaiGHost', diagnosis: { failure: 'edge', status: 503, evidence: ['server: AkamaiGHost', 'status 503'] } },
  { provider: 'vercel', server: 'Vercel', diagnosis: { failure: 'origin', status: 500, code: 'FUNCTION_INVOCATION_FAILED', evidence: ['x-vercel-error: FUNCTION_INVOCATION_FAILED'] } },
  { provider: 'heroku', server: 'Cowboy', diagnosis: { failure: 'origin', status: 503, code: 'H12', evidence: ['via: 1.1 vegur', 'status 503'] } },
  { provider: null, server: 'nginx', diagnosis: { failure: 'unknown', evidence: ['net::ERR_CONNECTION_TIMED_OUT'] } },
];
const WORDS = ['northwind', 'fernbank', 'tidewater', 'copperleaf', 'bluefin', 'maple', 'quarry', 'harbor', 'lumen', 'saltmarsh', 'orchard', 'ironwood'];
const TLDS = ['com', 'io', 'co.uk', 'de', 'net', 'org'];
const SUBS = ['www', 'cdn', 'static', 'img', 'api', 'shop'];
const DAY = 86_400_000;

/** A deterministic pseudo-random sequence, so every run stores the same failures. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

export function storedFailuresMix(count: number, now: number): StoredFailure[] {
  const next = random(4);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sites = Array.from({ length: 400 }, (_, i) => `${pick(WORDS)}-${pick(WORDS)}${i}.${pick(TLDS)}`);
  return Array.from({ length: count }, (_, i) => {
    const site = pick(sites);
    const host = next() < 0.5 ? site : `${pick(SUBS)}.${site}`;
    const kind = pick(KINDS);
    const time = Math.round(now - 30 * DAY * next() ** 2); // busier lately, as failures come in bursts
    const tabId = 1000 + Math.floor(next() * 50);
    return toStored({
      id: `bench${i}@${time}`,
      tabId,
      pageId: `${tabId}-${Math.floor(time / 60_000)}`,
      pageUrl: `https://${site}/`,
      url: `https://${host}/assets/${i.toString(36)}.js`,
      host,
      type: next() < 0.1 ? 'main_frame' : 'script',
      time,
      provider: kind.provider,
      failure: kind.diagnosis.failure,
      diagnosis: { provider: kind.provider, ...kind.diagnosis, requestId: `${i.toString(16).padStart(16, '0')}-FRA` },
    });
  });
}
