// Every failure kind × with and without a provider × the details that change the words, for the page
// itself and for a part of it: the headline and the "who is at fault" line must not contradict each other
// (a refused connection with no provider once read "no provider was recognised" above "the site's own
// server (behind the provider) failed").
import { describe, expect, it } from 'vitest';
import { explainDiagnosis } from '../../../src/core/explain';
import type { Diagnosis } from '../../../src/core/types';
import { say } from './say';

const FAILURES = ['edge', 'origin', 'block', 'client', 'none', 'unknown', 'network'];
const PROVIDERS: [string, Partial<Diagnosis>][] = [
  ['no provider', { provider: null }],
  ['Cloudflare', { provider: 'cloudflare' }],
  ['CloudFront', { provider: 'aws', service: 'cloudfront' }],
  ['a provider id Detour has no name for', { provider: 'acme-cdn', service: 'edge' }],
];
const DETAILS: [string, Partial<Diagnosis>][] = [
  ['nothing more', {}],
  ['502', { status: 502 }],
  ['522', { status: 522, code: '522' }],
  ['403 challenge', { status: 403, evidence: ['a challenge page (captcha)'] }],
  ['404', { status: 404 }],
  ['429', { status: 429 }],
  ['SlowDown', { status: 503, code: 'SlowDown' }],
  ['a function failed', { status: 500, code: 'FUNCTION_INVOCATION_FAILED' }],
  ['refused', { evidence: ['ERR_CONNECTION_REFUSED: the server refused the connection'] }],
  ['DNS', { evidence: ['ERR_NAME_NOT_RESOLVED: the name could not be resolved'] }],
  ['offline', { evidence: ['NS_ERROR_OFFLINE: the browser is offline'] }],
];
const PAGES: [string, string | undefined][] = [['the page itself', undefined], ['a part of shop.example', 'shop.example']];

const cases = FAILURES.flatMap((failure) =>
  PROVIDERS.flatMap(([who, provider]) =>
    DETAILS.flatMap(([detail, fields]) =>
      PAGES.map(([where, page]) => [`${failure}, ${who}, ${detail}, ${where}`, { evidence: [], ...provider, ...fields, failure } as Diagnosis, page] as const),
    ),
  ),
);

describe('headline and fault line, every combination', () => {
  it(`covers ${cases.length} combinations`, () => expect(cases.length).toBe(FAILURES.length * PROVIDERS.length * DETAILS.length * PAGES.length));

  it.each(cases)('%s', (_name, diagnosis, page) => {
    const e = explainDiagnosis(diagnosis, 'img.example', page);
    const headline = say(e.headline);
    const fault = say(e.failure);
    const words = `${headline}\n${fault}`;
    expect(words).not.toMatch(/undefined|\$\d/);
    if (diagnosis.provider === null) {
      // No provider: nothing may speak of one, except to say none was recognised.
      expect(words.replaceAll('no provider was recognised', '')).not.toMatch(/provider/i);
      expect(words).not.toMatch(/is working/);
    } else {
      expect(words).not.toMatch(/no provider/i);
    }
    // A headline that cannot place the fault is not followed by a line that places it; a headline that blames
    // the site's code or a throttling provider is followed by a line that says the same.
    if (/cannot tell/.test(headline)) expect(fault).toBe('failed, cause not placed');
    if (/own code failed/.test(headline)) expect(fault).toMatch(/code .* failed, not the provider/);
    if (/is throttling/.test(headline)) expect(fault).toMatch(/slowing requests down/);
    if (/is working/.test(headline)) expect(fault).not.toMatch(/provider's own infrastructure/);
    // "Parts of …" exactly when a part failed; its sentence never calls the failing host "the site itself".
    expect(headline.startsWith('Parts of shop.example are failing: ')).toBe(page !== undefined);
    if (page !== undefined) expect(headline).not.toMatch(/the site itself|this site/);
  });
});
