import { describe, expect, it } from 'vitest';
import { createReportDeduper, type Report } from '../../../src/core/report';

const W = 1_741_944_300;
const base: Report = { window: W, provider: 'aws', service: 'cloudfront', failure: 'edge', status: 503, version: '0.1.0' };

describe('createReportDeduper', () => {
  it('admits one report per (provider, service, failure, domain) per window', () => {
    const dedupe = createReportDeduper();
    expect(dedupe.admit(base)).toBe(true);
    expect(dedupe.admit({ ...base, status: 502, pop: 'IAD89-C1' })).toBe(false); // status and pop are not part of the key
    expect(dedupe.admit({ ...base, failure: 'origin' })).toBe(true);
    expect(dedupe.admit({ ...base, service: 's3' })).toBe(true);
    expect(dedupe.admit({ ...base, service: undefined })).toBe(true);
    expect(dedupe.admit({ ...base, domain: 'example.com' })).toBe(true);
    expect(dedupe.admit({ ...base, domain: 'example.com' })).toBe(false);
    expect(dedupe.admit({ ...base, window: W + 300 })).toBe(true);
  });

  it('remembers what was already queued, across a restart', () => {
    const dedupe = createReportDeduper([base]);
    expect(dedupe.admit(base)).toBe(false);
  });

  it('forgets windows older than an hour and refuses reports that old', () => {
    const dedupe = createReportDeduper([base]);
    expect(dedupe.admit({ ...base, window: W + 12 * 300 })).toBe(true);
    expect(dedupe.admit(base)).toBe(false);
    expect(dedupe.admit({ ...base, window: W + 300 })).toBe(true);
  });
});
