import { describe, expect, it } from 'vitest';
import { EXPORT_FIELDS, csvCell, historyExport } from '../../src/shared/history-export';
import type { FailureRecord } from '../../src/store/schema';

const NOW = new Date(2026, 10, 21, 15, 30); // local time: the filename's date is the person's own

const edge: FailureRecord = {
  id: 'w1a2@41',
  tabId: 3,
  pageId: '3-1000',
  pageUrl: 'https://shop.example/',
  url: 'https://shop.example/app.js',
  host: 'shop.example',
  type: 'script',
  time: Date.UTC(2026, 10, 21, 14, 5, 6, 789),
  provider: 'cloudflare',
  failure: 'edge',
  diagnosis: {
    provider: 'cloudflare',
    via: ['cloudflare'],
    failure: 'edge',
    status: 500,
    pop: 'FRA',
    requestId: '8f2c1a7b9d3e4f50-FRA',
    evidence: ['server: cloudflare', 'status 500'],
  },
};

// Page-controlled values: a title-like host cannot be a formula, but a URL or a code could carry anything.
const hostile: FailureRecord = {
  ...edge,
  id: 'x',
  url: '=HYPERLINK("https://evil.example","click")',
  pageUrl: '+1-2',
  host: '@evil',
  type: '-main',
  provider: null,
  failure: 'unknown',
  diagnosis: { provider: null, failure: 'unknown', code: '\tcmd', evidence: ['line one\r\nline "two"', 'a,b'] },
};

describe('historyExport', () => {
  it('JSON: an array of rows with every field in a fixed order, missing values as null', () => {
    const { filename, mime, text } = historyExport([edge, hostile], 'json', NOW);
    expect(filename).toBe('detour-history-2026-11-21.json');
    expect(mime).toBe('application/json');
    const rows = JSON.parse(text) as Record<string, unknown>[];
    expect(rows.map((row) => Object.keys(row))).toEqual([EXPORT_FIELDS, EXPORT_FIELDS]);
    expect(rows[0]).toEqual({
      id: 'w1a2@41',
      time: '2026-11-21T14:05:06.789Z',
      host: 'shop.example',
      url: 'https://shop.example/app.js',
      pageUrl: 'https://shop.example/',
      type: 'script',
      provider: 'cloudflare',
      via: 'cloudflare',
      service: null,
      failure: 'edge',
      status: 500,
      code: null,
      pop: 'FRA',
      requestId: '8f2c1a7b9d3e4f50-FRA',
      evidence: 'server: cloudflare; status 500',
    });
    expect(rows[1]!.url).toBe('=HYPERLINK("https://evil.example","click")'); // JSON keeps values exact
  });

  it('CSV: a header, CRLF lines, RFC 4180 quoting, and cells a spreadsheet would run defused', () => {
    const { filename, mime, text } = historyExport([edge, hostile], 'csv', NOW);
    expect(filename).toBe('detour-history-2026-11-21.csv');
    expect(mime).toBe('text/csv');
    expect(text).toBe(
      'id,time,host,url,pageUrl,type,provider,via,service,failure,status,code,pop,requestId,evidence\r\n' +
        'w1a2@41,2026-11-21T14:05:06.789Z,shop.example,https://shop.example/app.js,https://shop.example/,script,cloudflare,cloudflare,,edge,500,,FRA,8f2c1a7b9d3e4f50-FRA,server: cloudflare; status 500\r\n' +
        `x,2026-11-21T14:05:06.789Z,'@evil,"'=HYPERLINK(""https://evil.example"",""click"")",'+1-2,'-main,,,,unknown,,'\tcmd,,,"line one\r\nline ""two""; a,b"\r\n`,
    );
  });

  it('an empty history is a header only, or an empty array', () => {
    expect(historyExport([], 'csv', NOW).text).toBe(`${EXPORT_FIELDS.join(',')}\r\n`);
    expect(historyExport([], 'json', NOW).text).toBe('[]\n');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [522, '522'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=a,"b"', `"'=a,""b"""`],
    ['a=1', 'a=1'],
  ] as const)('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
