import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  DISCLOSED_FIELDS,
  ReportBatchSchema,
  ReportSchema,
  serializeBatch,
  type Report,
} from '../../../src/core/report';
import { FAILURES } from '../../../src/core/types';

const T = Date.UTC(2025, 2, 14, 9, 27, 41);
const toggles = { includePop: true, includeDomain: true };

describe('the report schema', () => {
  it('is the wire contract: its JSON Schema is checked in', async () => {
    await expect(JSON.stringify(ReportBatchSchema, null, 2) + '\n').toMatchFileSnapshot('./report-batch.schema.json');
  });

  it('serializes a report and a batch to exactly these bytes', () => {
    const a = buildReport(
      { diagnosis: { provider: 'cloudflare', service: 'workers', failure: 'origin', status: 522, pop: 'FRA', evidence: [] }, host: 'shop.example.co.uk', time: T, version: '0.1.0' },
      toggles,
    );
    const b = buildReport(
      { diagnosis: { provider: 'aws', service: 'cloudfront', failure: 'edge', pop: 'IAD89-C1', evidence: [] }, host: '203.0.113.9', time: T, version: '0.1.0', error: 'net::ERR_CONNECTION_RESET' },
      { includePop: false, includeDomain: true },
    );
    expect(JSON.stringify(a)).toBe(
      '{"window":1741944300,"provider":"cloudflare","service":"workers","failure":"origin","status":522,"pop":"FRA","domain":"example.co.uk","version":"0.1.0"}',
    );
    expect(serializeBatch([a, b] as Report[])).toBe(
      '{"reports":[{"window":1741944300,"provider":"cloudflare","service":"workers","failure":"origin","status":522,"pop":"FRA","domain":"example.co.uk","version":"0.1.0"},' +
        '{"window":1741944300,"provider":"aws","service":"cloudfront","failure":"edge","status":"reset","version":"0.1.0"}]}',
    );
  });

  it('accepts whatever buildReport makes, for any diagnosis', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('cloudflare', 'aws', 'cloudfront', 'FRA', 'iad89-c1', 'a.b.example.com', '10.0.0.1'));
    const diagnosis = fc.record({
      provider: fc.option(text, { nil: null }),
      service: fc.option(text, { nil: undefined }),
      failure: fc.constantFrom(...FAILURES),
      status: fc.option(fc.integer({ min: -1, max: 1000 }), { nil: undefined }),
      pop: fc.option(text, { nil: undefined }),
      evidence: fc.constant<string[]>([]),
    });
    fc.assert(
      fc.property(diagnosis, text, fc.integer({ min: 1_600_000_000_000, max: 4_000_000_000_000 }), fc.boolean(), fc.boolean(), (d, host, time, includePop, includeDomain) => {
        const report = buildReport({ diagnosis: d, host, time, version: '0.1.0', error: host }, { includePop, includeDomain });
        if (report !== undefined) expect(Value.Check(ReportSchema, report), JSON.stringify(report)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects extra fields, IPs and URLs', () => {
    const good: Report = { window: 1_741_944_300, provider: 'aws', failure: 'edge', status: 503, version: '0.1.0' };
    expect(Value.Check(ReportSchema, good)).toBe(true);
    for (const bad of [
      { ...good, url: 'https://example.com/' },
      { ...good, domain: '203.0.113.9' },
      { ...good, domain: 'https://example.com/x' },
      { ...good, pop: '10.0.0.1' },
      { ...good, window: 1_741_944_301 },
      { ...good, failure: 'block' },
      { ...good, status: '503' },
      { ...good, provider: 'a'.repeat(33) },
    ]) expect(Value.Check(ReportSchema, bad), JSON.stringify(bad)).toBe(false);
    expect(Value.Check(ReportBatchSchema, { reports: Array.from({ length: 101 }, () => good) })).toBe(false);
    expect(Value.Check(ReportBatchSchema, { reports: [] })).toBe(false);
  });

  it('lists every field it can disclose, with a description and its toggle', () => {
    expect(DISCLOSED_FIELDS.map((f) => f.field).sort()).toEqual(Object.keys(ReportSchema.properties).sort());
    for (const f of DISCLOSED_FIELDS) expect(f.description.length).toBeGreaterThan(10);
    expect(DISCLOSED_FIELDS.filter((f) => f.sent === 'opt-in').map((f) => [f.field, f.toggle])).toEqual([
      ['pop', 'includePop'],
      ['domain', 'includeDomain'],
    ]);
  });

  it('compiles nothing at run time in the extension (no schema compiler, no eval)', () => {
    const dir = new URL('../../../src/core/report/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      // TypeBox's value module interprets a schema (Value.Check walks it); its compiler generates code.
      expect(source, file).not.toMatch(/from '(@sinclair\/typebox\/compiler|ajv)'|new Function\(|\beval\(/);
      expect(source.match(/\bValue\.[A-Za-z]+/g) ?? [], file).toEqual((source.match(/\bValue\.Check\b/g) ?? []));
    }
  });
});
