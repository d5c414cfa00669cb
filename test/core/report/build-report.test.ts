import { describe, expect, it } from 'vitest';
import { buildReport, reportedDomain, windowStart, type ReportInput } from '../../../src/core/report';
import type { Diagnosis } from '../../../src/core/types';

const T = Date.UTC(2025, 2, 14, 9, 27, 41, 512); // 09:27:41.512 → window 09:25:00
const both = { includePop: true, includeDomain: true };
const neither = { includePop: false, includeDomain: false };

function input(diagnosis: Partial<Diagnosis>, rest: Partial<ReportInput> = {}): ReportInput {
  return {
    diagnosis: { provider: 'cloudflare', failure: 'origin', status: 522, code: '522', pop: 'FRA', requestId: '8a1b2c3d4e5f6a7b-FRA', evidence: ['status 522'], ...diagnosis },
    host: 'shop.example.co.uk',
    time: T,
    version: '0.1.0',
    ...rest,
  };
}

describe('buildReport', () => {
  it('keeps only the disclosed fields, floors the time and takes the registrable domain', () => {
    expect(buildReport(input({ service: 'workers' }), both)).toEqual({
      window: Date.UTC(2025, 2, 14, 9, 25) / 1000,
      provider: 'cloudflare',
      service: 'workers',
      failure: 'origin',
      status: 522,
      pop: 'FRA',
      domain: 'example.co.uk',
      version: '0.1.0',
    });
  });

  it('leaves out the edge location and the domain unless each is turned on', () => {
    const report = buildReport(input({}), neither);
    expect(report).toEqual({ window: windowStart(T), provider: 'cloudflare', failure: 'origin', status: 522, version: '0.1.0' });
    expect(buildReport(input({}), { includePop: true, includeDomain: false })).not.toHaveProperty('domain');
    expect(buildReport(input({}), { includePop: false, includeDomain: true })).not.toHaveProperty('pop');
  });

  it('sends nothing for blocks, client errors, healthy, unknown or unplaced failures', () => {
    for (const failure of ['block', 'client', 'none', 'unknown'] as const) expect(buildReport(input({ failure }), both)).toBeUndefined();
    expect(buildReport(input({ provider: null }), both)).toBeUndefined();
  });

  it('reports an edge failure without an HTTP answer by its network-error class', () => {
    const report = buildReport(input({ failure: 'edge', status: undefined, pop: undefined }, { error: 'net::ERR_CONNECTION_TIMED_OUT' }), both);
    expect(report).toMatchObject({ failure: 'edge', status: 'timeout' });
    expect(buildReport(input({ failure: 'edge', status: undefined }, { error: 'NS_ERROR_NET_RESET' }), both)?.status).toBe('reset');
    expect(buildReport(input({ failure: 'edge', status: undefined }), both)?.status).toBe('other');
  });

  it('drops a field that does not fit the schema rather than send it', () => {
    const odd = buildReport(input({ service: 'Weird Service!', pop: 'fra.1.2.3' }), both);
    expect(odd).not.toHaveProperty('service');
    expect(odd).not.toHaveProperty('pop');
    expect(buildReport(input({ pop: 'iad89-c1' }), both)?.pop).toBe('IAD89-C1');
    expect(buildReport(input({ provider: 'Evil<script>' }), both)).toBeUndefined();
    expect(buildReport(input({}, { version: '1.0.0-beta' }), both)).toBeUndefined();
    expect(buildReport(input({}, { time: Number.NaN }), both)).toBeUndefined();
  });

  it('never sends an IP address, a bare suffix or a subdomain as the domain', () => {
    expect(reportedDomain('a.b.example.com')).toBe('example.com');
    expect(reportedDomain('WWW.Example.COM')).toBe('example.com');
    expect(reportedDomain('203.0.113.9')).toBeUndefined();
    expect(reportedDomain('[2001:db8::1]')).toBeUndefined();
    expect(reportedDomain('co.uk')).toBeUndefined();
    expect(reportedDomain('localhost')).toBeUndefined();
    expect(reportedDomain('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
    expect(buildReport(input({}, { host: '198.51.100.7' }), both)).not.toHaveProperty('domain');
  });
});
