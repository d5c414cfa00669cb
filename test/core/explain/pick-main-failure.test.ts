// Which failure the popup leads with, and the copied report (the grouped list: failure-rows.test.ts).
import { describe, expect, it } from 'vitest';
import { explainDiagnosis, failingSince, pageForReport, pickMainFailure, reportLines, type PageEntry } from '../../../src/core/explain';
import type { Failure } from '../../../src/core/types';
import { say } from './say';

const entry = (provider: string | null, failure: Failure | string, timeStamp: number, type = 'script'): PageEntry => ({ type, timeStamp, diagnosis: { provider, failure: failure as Failure } });

describe('pickMainFailure', () => {
  it('leads with the page itself when it failed, even if a subresource failed worse', () => {
    const page = entry('vercel', 'client', 5, 'main_frame');
    expect(pickMainFailure([entry('cloudflare', 'edge', 1), page])).toBe(page);
  });

  it('otherwise leads with the worst fault, the earliest on a tie', () => {
    const edge1 = entry('fastly', 'edge', 3);
    expect(pickMainFailure([entry('aws', 'block', 1), entry(null, 'origin', 2), edge1, entry('fastly', 'edge', 4)])).toBe(edge1);
    expect(pickMainFailure([entry('aws', 'client', 1), entry('aws', 'block', 2)])?.diagnosis.failure).toBe('block');
  });

  it("prefers, among equals, the failure that carries the provider's own code", () => {
    const coded: PageEntry = { type: 'script', timeStamp: 9, diagnosis: { provider: 'aws', failure: 'edge', code: 'SlowDown' } };
    expect(pickMainFailure([entry('aws', 'edge', 1), coded])).toBe(coded);
    expect(pickMainFailure([entry('aws', 'origin', 1, 'main_frame'), coded])?.timeStamp).toBe(1);
  });

  it('skips healthy answers and odd entries; nothing failing → undefined', () => {
    expect(pickMainFailure([])).toBeUndefined();
    expect(pickMainFailure([entry('cloudflare', 'none', 1, 'main_frame')])).toBeUndefined();
    const odd = entry(null, 'network', 2);
    expect(pickMainFailure([null as unknown as PageEntry, odd])).toBe(odd); // an unknown kind still failed
  });
});

describe('failingSince', () => {
  it('is the first time the same provider failed the same way on the page', () => {
    const main = entry('cloudflare', 'edge', 50, 'main_frame');
    expect(failingSince([entry('cloudflare', 'edge', 20), entry('cloudflare', 'origin', 10), entry('aws', 'edge', 5), main], main)).toBe(20);
  });
});

describe('reportLines', () => {
  it('lists the facts in order, leaving out what is not known', () => {
    const explained = explainDiagnosis({ provider: 'cloudflare', failure: 'origin', status: 522, code: '522', pop: 'FRA', requestId: '9a0-FRA', evidence: [] }, 'shop.example');
    const lines = reportLines({ page: pageForReport('https://shop.example/cart?token=secret#x'), explained, time: Date.UTC(2025, 10, 18, 11, 20, 5, 123), version: '0.1.0' });
    expect(lines.map(([key, value]) => `${key}=${say(value)}`)).toEqual([
      'popupReportPage=https://shop.example/cart',
      "popupReportVerdict=shop.example's server is not answering; Cloudflare is working",
      'popupReportProvider=Cloudflare',
      'popupReportFailure=the server behind the provider failed',
      "popupReportStatus=522, the site's server did not answer in time",
      'popupReportPop=FRA',
      'popupReportRequestId=9a0-FRA',
      'popupReportTime=2025-11-18T11:20:05Z',
      'popupReportVersion=0.1.0',
    ]);
  });

  it('keeps odd page addresses short and drops a time that is not one', () => {
    expect(pageForReport('not a url')).toBe('not a url');
    expect(pageForReport(`chrome://${'x'.repeat(500)}`).length).toBe(200);
    const lines = reportLines({ page: 'p', explained: explainDiagnosis(null, ''), time: Number.NaN, version: '1' });
    expect(lines.map(([key]) => key)).toEqual(['popupReportPage', 'popupReportVerdict', 'popupReportFailure', 'popupReportVersion']);
  });
});
