// The facts under the headline: names for ids, meanings for statuses and network errors, and nothing
// invented for fields a diagnosis does not carry.
import { describe, expect, it } from 'vitest';
import { explainDiagnosis, failureLabel, networkErrorOf, networkMeaningKey, serviceName, statusMeaningKey, type ExplainKey } from '../../../src/core/explain';
import { KNOWN_NETWORK_ERRORS, notAFailure } from '../../../src/core/network-errors';
import type { Diagnosis } from '../../../src/core/types';
import popup from '../../../src/locales/en/popup.json';
import { say } from './say';

describe('explainDiagnosis', () => {
  it('names the provider and product, and gives the status its meaning', () => {
    const d: Diagnosis = {
      provider: 'aws', via: ['aws'], service: 's3', failure: 'edge', status: 503, code: 'SlowDown', pop: 'FRA2-C2', requestId: '2F1DD5D66BA60A43',
      evidence: ['S3 error SlowDown: S3 itself is failing or throttling'],
    };
    const e = explainDiagnosis(d, 'img.example');
    expect(say(e.headline)).toBe('AWS S3 is throttling this site (SlowDown)');
    expect(e).toMatchObject({ provider: 'AWS', service: 'AWS S3', code: 'SlowDown', pop: 'FRA2-C2', requestId: '2F1DD5D66BA60A43', evidence: d.evidence });
    expect(e.via).toBeUndefined(); // one provider on the path says nothing more
    expect(e.status?.code).toBe(503);
    expect(say(e.status?.meaning ?? '')).toBe('503, service unavailable');
    expect(say(e.failure)).toBe('the provider is slowing requests down to protect itself'); // follows the headline, not only the kind
    expect(e.networkError).toBeUndefined();
  });

  it('shows the path when a provider relays another, and drops a code that only repeats the status', () => {
    const e = explainDiagnosis({ provider: 'heroku', via: ['cloudflare', 'heroku'], failure: 'origin', status: 522, code: '522', evidence: [] }, 'a.example');
    expect(e.via).toEqual(['Cloudflare', 'Heroku']);
    expect(e.code).toBeUndefined();
    expect(say(e.status?.meaning ?? '')).toBe("522, the site's server did not answer in time");
  });

  it('names the product when it says more than the provider (GitHub Pages on GitHub)', () => {
    expect(explainDiagnosis({ provider: 'github', service: 'pages', failure: 'edge', evidence: [] }, 'a.example').service).toBe('GitHub Pages');
  });

  it('reads a network error from the evidence', () => {
    const e = explainDiagnosis({ provider: 'cloudflare', via: ['cloudflare'], failure: 'edge', networkError: 'ERR_CONNECTION_TIMED_OUT', evidence: ['ERR_CONNECTION_TIMED_OUT: the connection timed out', '104.16.1.1 is in …'] }, 'a.example');
    expect(e.networkError?.name).toBe('ERR_CONNECTION_TIMED_OUT');
    expect(say(e.networkError?.meaning ?? '')).toBe('the connection timed out');
    expect(e.status).toBeUndefined();
  });

  it.each([null, undefined, {}, { provider: 5, failure: [], status: '503', pop: 7, requestId: {}, via: 'cloudflare', evidence: 'x' }])('survives %j', (odd) => {
    const e = explainDiagnosis(odd as unknown as Diagnosis, 'a.example');
    expect(say(e.headline)).toMatch(/^a\.example failed/);
    expect(e).toMatchObject({ evidence: [] });
    expect(e.provider ?? e.status ?? e.pop ?? e.requestId ?? e.via).toBeUndefined();
  });
});

describe('meanings', () => {
  it('gives every network error the classifier knows a meaning other than "unknown"', () => {
    for (const name of KNOWN_NETWORK_ERRORS.filter((known) => !notAFailure(known))) expect(networkMeaningKey(name), name).not.toBe('popupNetUnknown');
  });

  it.each([
    ['ERR_NAME_NOT_RESOLVED', 'popupNetDns'], ['NS_ERROR_UNKNOWN_HOST', 'popupNetDns'], ['ERR_CONNECTION_REFUSED', 'popupNetRefused'],
    ['NS_ERROR_NET_TIMEOUT', 'popupNetTimeout'], ['ERR_CERT_DATE_INVALID', 'popupNetCert'], ['SEC_ERROR_UNKNOWN_ISSUER', 'popupNetCert'],
    ['SSL_ERROR_BAD_CERT_DOMAIN', 'popupNetCert'], ['SSL_ERROR_HANDSHAKE_FAILURE_ALERT', 'popupNetTls'], ['ERR_TOO_MANY_REDIRECTS', 'popupNetRedirectLoop'], ['ERR_PROXY_CONNECTION_FAILED', 'popupNetProxy'],
    ['ERR_SOMETHING_NEW', 'popupNetUnknown'], ['', 'popupNetUnknown'],
  ])('%s → %s', (name, key) => expect(networkMeaningKey(name)).toBe(key));

  it('finds the error name only in a diagnosis without a status', () => {
    expect(networkErrorOf({ networkError: 'NS_ERROR_NET_RESET' })).toBe('NS_ERROR_NET_RESET');
    expect(networkErrorOf({ status: 502, networkError: 'ERR_X' })).toBeUndefined();
    expect(networkErrorOf({})).toBeUndefined();
  });

  it.each([
    [404, 'popupStatus404'], [522, 'popupStatus522'], [599, 'popupStatus5xx'], [418, 'popupStatus4xx'], [302, 'popupStatusOther'],
    [0, 'popupStatusNonstandard'], [999, 'popupStatusNonstandard'], [503.5, 'popupStatusNonstandard'], [Number.NaN, 'popupStatusNonstandard'],
  ])('status %s → %s', (status, key) => expect(statusMeaningKey(status)).toBe(key));

  it('labels every failure kind, and an unknown one as not placed', () => {
    expect(['edge', 'origin', 'block', 'client', 'none', 'unknown', 'network', undefined, 'toString'].map((f) => say(failureLabel(f)))).toEqual([
      "the provider's own infrastructure failed", 'the server behind the provider failed', 'blocked on purpose (challenge, firewall rule or rate limit)',
      'the request itself was refused (not an outage)', 'healthy', 'failed, cause not placed', 'failed, cause not placed', 'failed, cause not placed', 'failed, cause not placed',
    ]);
  });

  it('labels without a provider without speaking of one: an edge failure is not placed, an origin failure is the server alone', () => {
    expect(['edge', 'origin', 'block', 'client', 'none', 'unknown'].map((f) => say(failureLabel(f, false)))).toEqual([
      'failed, cause not placed', 'the server itself failed', 'blocked on purpose (challenge, firewall rule or rate limit)',
      'the request itself was refused (not an outage)', 'healthy', 'failed, cause not placed',
    ]);
  });

  it('names products, falling back to "<Provider> <service>"', () => {
    expect([serviceName('aws', 'cloudfront'), serviceName('google', 'cloud-run'), serviceName('fly', 'machines'), serviceName(null, 'x'), serviceName('aws', undefined), serviceName('aws', 'toString')])
      .toEqual(['Amazon CloudFront', 'Google Cloud Run', 'Fly.io machines', 'x', undefined, 'AWS toString']);
  });
});

describe('message keys', () => {
  it('has every key the explain core can pick in popup.json (tsc checks it too, through t())', async () => {
    const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../../src/core/explain/explain-keys.ts', import.meta.url), 'utf8'));
    const keys = [...source.matchAll(/'(popup\w+)'/g)].map((m) => m[1] as ExplainKey);
    expect(keys.length).toBeGreaterThan(80);
    for (const key of keys) expect(Object.hasOwn(popup, key), key).toBe(true);
  });

  it('keeps every popup key prefixed and every placeholder within $1…$9', () => {
    for (const [key, { message }] of Object.entries(popup as Record<string, { message: string }>)) {
      expect(key).toMatch(/^popup[A-Z]/);
      expect(message).not.toMatch(/\$(0|[^1-9])/);
    }
  });
});
