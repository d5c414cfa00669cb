import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../src/core/providers';
import { readBatchAnswer, refusalReason, type Report } from '../../../src/core/report';

const NOW = Date.UTC(2026, 10, 21, 7, 31, 12); // window 07:30:00
const WINDOW = Date.UTC(2026, 10, 21, 7, 30) / 1000;
const good: Report = { window: WINDOW, provider: 'cloudflare', service: 'workers', failure: 'edge', status: 522, pop: 'FRA', domain: 'example.co.uk', version: '0.1.0' };

describe('refusalReason', () => {
  it('accepts a valid report of the current or the previous window', () => {
    expect(refusalReason(good, NOW)).toBeUndefined();
    expect(refusalReason({ ...good, window: WINDOW - 300 }, NOW)).toBeUndefined();
    expect(refusalReason({ ...good, window: WINDOW - 300 }, Date.UTC(2026, 10, 21, 7, 34, 59, 999))).toBeUndefined();
  });

  it('knows every provider Detour can blame, and no other', () => {
    for (const { id } of PROVIDERS) expect(refusalReason({ ...good, provider: id }, NOW), id).toBeUndefined();
    expect(refusalReason({ ...good, provider: 'not-a-cdn' }, NOW)).toBe('unknown-provider');
  });

  it('names why a report is refused', () => {
    expect(refusalReason({ ...good, window: WINDOW - 600 }, NOW)).toBe('stale-window');
    expect(refusalReason({ ...good, window: WINDOW - 300 }, Date.UTC(2026, 10, 21, 7, 35))).toBe('stale-window');
    expect(refusalReason({ ...good, window: WINDOW + 300 }, NOW)).toBe('future-window');
    expect(refusalReason({ ...good, domain: 'shop.example.co.uk' }, NOW)).toBe('not-registrable-domain');
    expect(refusalReason({ ...good, extra: 1 }, NOW)).toBe('invalid-report');
    expect(refusalReason({ ...good, status: '522' }, NOW)).toBe('invalid-report');
    for (const junk of [null, 'report', 42, [], {}]) expect(refusalReason(junk, NOW)).toBe('invalid-report');
  });
});

describe('readBatchAnswer', () => {
  it('reads refusals with an index and a known reason, and nothing else', () => {
    expect(readBatchAnswer({ stored: 1, refused: [{ index: 2, reason: 'stale-window' }] })).toEqual([{ index: 2, reason: 'stale-window' }]);
    expect(readBatchAnswer({ stored: 1, refused: [{ index: 'x', reason: 'stale-window' }, { index: 1, reason: 'because' }, null] })).toEqual([]);
    for (const body of [undefined, null, {}, { stored: 3 }, { refused: 'all' }, 'ok']) expect(readBatchAnswer(body)).toEqual([]);
  });
});
