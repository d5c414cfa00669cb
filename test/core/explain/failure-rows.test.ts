// The popup's list of a page's failures: by provider, alike failures in one counted row.
import { describe, expect, it } from 'vitest';
import { groupFailures, type RowEntry } from '../../../src/core/explain';
import type { Diagnosis } from '../../../src/core/types';

let n = 0;
const entry = (provider: string | null, failure: string, host: string, type: string, status?: number, evidence: string[] = []): RowEntry & { id: string } => ({
  id: `e${(n += 1)}`,
  host,
  type,
  timeStamp: n,
  diagnosis: {
    provider, failure: failure as Diagnosis['failure'], evidence, ...(status === undefined ? {} : { status }),
    ...(status === undefined && /^[A-Z_]+:/.test(evidence[0] ?? '') ? { networkError: evidence[0]?.split(':')[0] } : {}),
  },
});
const shape = (groups: ReturnType<typeof groupFailures>) => groups.map((g) => [g.name ?? null, g.count, g.rows.map((r) => [r.host, r.types.join('+'), r.count])]);

describe('groupFailures', () => {
  it('puts failures that share provider, host, fault and status in one row with their count', () => {
    const burst = Array.from({ length: 500 }, () => entry('aws', 'origin', 'd1q7.cloudfront.net', 'image', 504));
    expect(shape(groupFailures(burst))).toEqual([['AWS', 500, [['d1q7.cloudfront.net', 'image', 500]]]]);
  });

  it('keeps apart what differs in host, fault, status or network error; a row of several kinds lists them', () => {
    const groups = groupFailures([
      entry('aws', 'edge', 'a.cloudfront.net', 'script', 503),
      entry('aws', 'edge', 'a.cloudfront.net', 'image', 503),
      entry('aws', 'edge', 'a.cloudfront.net', 'image', 502),
      entry('aws', 'edge', 'b.cloudfront.net', 'image', 503),
      entry('aws', 'origin', 'a.cloudfront.net', 'image', 503),
      entry('aws', 'edge', 'a.cloudfront.net', 'image', undefined, ['ERR_CONNECTION_RESET: x']),
      entry('aws', 'edge', 'a.cloudfront.net', 'image', undefined, ['ERR_CONNECTION_TIMED_OUT: x']),
    ]);
    expect(shape(groups)).toEqual([
      ['AWS', 7, [['a.cloudfront.net', 'script+image', 2], ['a.cloudfront.net', 'image', 1], ['b.cloudfront.net', 'image', 1], ['a.cloudfront.net', 'image', 1], ['a.cloudfront.net', 'image', 1], ['a.cloudfront.net', 'image', 1]]],
    ]);
    expect(groups[0]?.rows.map((row) => row.sample.diagnosis.failure)).toEqual(['edge', 'edge', 'edge', 'edge', 'edge', 'origin']); // the worse fault first, then the larger
  });

  it('orders providers worst fault first, then by how many failed; no provider is a group of its own', () => {
    const groups = groupFailures([
      entry('fastly', 'origin', 'f.example', 'image', 503),
      entry('fastly', 'origin', 'f.example', 'image', 503),
      entry(null, 'origin', 'own.example', 'script'),
      entry('cloudflare', 'edge', 'c.example', 'image', 500),
      entry('vercel', 'none', 'v.example', 'main_frame', 200),
    ]);
    expect(shape(groups)).toEqual([
      ['Cloudflare', 1, [['c.example', 'image', 1]]],
      ['Fastly', 2, [['f.example', 'image', 2]]],
      [null, 1, [['own.example', 'script', 1]]],
    ]);
    expect(groups[2]?.provider).toBeNull();
  });

  it('skips healthy answers and odd entries', () => {
    expect(groupFailures([null as unknown as RowEntry, { host: 'x' } as unknown as RowEntry, entry('aws', 'none', 'a', 'image', 200)])).toEqual([]);
  });

  // Speed is measured, not asserted tightly: the bound only catches a quadratic slip.
  it('groups 50,000 failures quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => entry(['aws', 'cloudflare', 'fastly'][i % 3] ?? null, 'origin', `h${i % 40}.example`, 'image', 500 + (i % 5)));
    const start = performance.now();
    const groups = groupFailures(many);
    const ms = performance.now() - start;
    console.info(`groupFailures: 50,000 failures in ${ms.toFixed(1)} ms`);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(50_000);
    expect(ms).toBeLessThan(2_000);
  });
});
