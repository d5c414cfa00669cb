import { describe, expect, it } from 'vitest';
import { outboxId, queuedReports, reportForFailure } from '../../src/background/report-for-failure';
import type { Report } from '../../src/core/report';
import type { OutboxRecord } from '../../src/store/schema';
import { failure } from '../store/fake-indexeddb';

const T = Date.UTC(2026, 10, 21, 7, 31, 12); // window 07:30:00
const WINDOW = Date.UTC(2026, 10, 21, 7, 30) / 1000;
const NONE = { includePop: false, includeDomain: false };
const BOTH = { includePop: true, includeDomain: true };

const edge = failure('s:1', {
  time: T, host: 'cdn.shop.co.uk', failure: 'edge',
  diagnosis: { provider: 'cloudflare', failure: 'edge', status: 522, pop: 'fra', evidence: [], corroborated: 'address' },
});

describe('reportForFailure', () => {
  it('queues the report with its window and key as id, stamped when queued', () => {
    expect(reportForFailure(edge, NONE, '0.1.0', T + 5)).toEqual({
      id: `${WINDOW}|cloudflare||edge|`,
      queuedAt: T + 5,
      report: { window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, version: '0.1.0' },
    });
  });

  it('adds the edge location and the registrable domain (not the host) only when they are shared, and the domain to the id', () => {
    const queued = reportForFailure(edge, BOTH, '0.1.0', T);
    expect(queued?.report).toEqual({ window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, pop: 'FRA', domain: 'shop.co.uk', version: '0.1.0' });
    expect(queued?.id).toBe(`${WINDOW}|cloudflare||edge|shop.co.uk`);
  });

  it("says the kind of network error when no answer came, from the diagnosis's error name", () => {
    const timedOut = failure('s:2', { time: T, diagnosis: { provider: 'cloudflare', failure: 'origin', networkError: 'ERR_CONNECTION_TIMED_OUT', evidence: [] } });
    expect(reportForFailure(timedOut, NONE, '0.1.0', T)?.report).toMatchObject({ failure: 'origin', status: 'timeout' });
    const unnamed = failure('s:3', { time: T, diagnosis: { provider: 'cloudflare', failure: 'origin', evidence: [] } });
    expect(reportForFailure(unnamed, NONE, '0.1.0', T)?.report).toMatchObject({ status: 'other' });
  });

  it('queues nothing for a block, a failure with no provider, or a bad version', () => {
    const block = failure('s:4', { time: T, failure: 'block', diagnosis: { provider: 'cloudflare', failure: 'block', status: 403, evidence: [] } });
    const nobody = failure('s:5', { time: T, provider: null, diagnosis: { provider: null, failure: 'edge', status: 502, evidence: [] } });
    expect(reportForFailure(block, BOTH, '0.1.0', T)).toBeUndefined();
    expect(reportForFailure(nobody, BOTH, '0.1.0', T)).toBeUndefined();
    expect(reportForFailure(edge, BOTH, 'dev build', T)).toBeUndefined();
  });
});

describe('outboxId', () => {
  it('is the same for the same key in one window, and differs across windows and keys', () => {
    const report: Report = { window: WINDOW, provider: 'fastly', failure: 'origin', status: 503, version: '0.1.0' };
    expect(outboxId({ ...report, status: 502, pop: 'AMS' })).toBe(outboxId(report));
    expect(outboxId({ ...report, window: WINDOW + 300 })).not.toBe(outboxId(report));
    expect(outboxId({ ...report, service: 'compute' })).not.toBe(outboxId(report));
    expect(outboxId({ ...report, domain: 'shop.example' })).not.toBe(outboxId(report));
  });
});

describe('queuedReports', () => {
  const full: Report = { window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, pop: 'FRA', domain: 'shop.example', version: '0.1.0' };
  const record = (id: string, report: unknown): OutboxRecord => ({ id, queuedAt: T, report });

  it('reads back the reports and leaves out anything else the outbox holds', () => {
    const records = [record('a', full), record('b', null), record('c', 'text'), record('d', { window: '1', provider: 'x', failure: 'edge' }), record('e', { ...full, failure: 'block' })];
    expect(queuedReports(records)).toEqual([full]);
  });

  it('leaves out the fields whose switch was turned off since, and sends reports that became the same once', () => {
    const elsewhere = { ...full, pop: 'AMS', domain: 'news.example' };
    const records = [record('a', full), record('b', elsewhere)];
    expect(queuedReports(records, BOTH)).toEqual([full, elsewhere]);
    expect(queuedReports(records, { includePop: false, includeDomain: true })).toEqual([
      { window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, domain: 'shop.example', version: '0.1.0' },
      { window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, domain: 'news.example', version: '0.1.0' },
    ]);
    expect(queuedReports(records, NONE)).toEqual([{ window: WINDOW, provider: 'cloudflare', failure: 'edge', status: 522, version: '0.1.0' }]);
  });

  it('keeps the key order of a built report, version last, so the bytes sent are the same', () => {
    const [report] = queuedReports([record('a', full)], { includePop: true, includeDomain: false });
    expect(JSON.stringify(report)).toBe(`{"window":${WINDOW},"provider":"cloudflare","failure":"edge","status":522,"pop":"FRA","version":"0.1.0"}`);
  });
});
