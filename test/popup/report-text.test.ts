// The copied report and the phrases, rendered with t() from the English catalog as the popup does.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainDiagnosis, phrase } from '../../src/core/explain';
import popup from '../../src/locales/en/popup.json';
import { reportText } from '../../src/popup/main-view';
import { formatTime } from '../../src/popup/verdict';
import { whereFailed } from '../../src/popup/resource-kind';
import { say } from '../../src/shared/say';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(popup));

describe('say', () => {
  it('renders nested phrases and leaves plain values as text', () => {
    expect(say(phrase('popupHeadlineSite', 'a.example', phrase('popupStatusWithMeaning', 502, phrase('popupStatus502'))))).toBe(
      "a.example's own server failed (502, bad gateway); no provider was recognised in front of it",
    );
    expect(say('<b>x</b>')).toBe('<b>x</b>');
    expect(say(7)).toBe('7');
  });
});

describe('reportText', () => {
  it('is short plain text: page, verdict, provider, fault, status, code, pop, request id, time, version', () => {
    const explained = explainDiagnosis(
      { provider: 'vercel', failure: 'origin', status: 500, code: 'FUNCTION_INVOCATION_FAILED', pop: 'fra1', requestId: 'fra1::iad1::6xk2l-1736852810937-c0e4d9b7a1f3', evidence: ['Vercel error FUNCTION_INVOCATION_FAILED'] },
      'www.linnet-notes.com',
    );
    expect(reportText({ page: 'https://www.linnet-notes.com/', explained, time: Date.UTC(2025, 0, 14, 10, 6, 50), version: '0.1.0' })).toBe([
      'Detour report',
      'Page: https://www.linnet-notes.com/',
      "Verdict: www.linnet-notes.com's own code failed on Vercel; Vercel is working",
      'Provider: Vercel',
      'At fault: the code deployed on the provider failed, not the provider',
      'Status: 500, internal server error',
      'Provider code: FUNCTION_INVOCATION_FAILED',
      'Edge location: fra1',
      'Request ID: fra1::iad1::6xk2l-1736852810937-c0e4d9b7a1f3',
      'Time: 2025-01-14T10:06:50Z',
      'Detour version: 0.1.0',
    ].join('\n'));
  });
});

describe('formatTime', () => {
  it('shows the clock for today, the date too for earlier, nothing for a non-time', () => {
    const now = Date.UTC(2025, 5, 1, 12, 0, 0);
    expect(formatTime(now - 60_000, now)).toBe(new Date(now - 60_000).toLocaleTimeString());
    expect(formatTime(now - 3 * 86_400_000, now)).toBe(new Date(now - 3 * 86_400_000).toLocaleString());
    expect(formatTime(Number.NaN, now)).toBe('');
  });
});

describe('whereFailed', () => {
  it('names the page itself, a kind of resource, or another resource', () => {
    expect([whereFailed('a.example', 'main_frame'), whereFailed('a.example', undefined), whereFailed('cdn.example', 'script'), whereFailed('cdn.example', 'ping'), whereFailed('cdn.example', 'toString')]).toEqual([
      'a.example (the page itself)', 'a.example (the page itself)', 'cdn.example (a script)', 'cdn.example (another resource)', 'cdn.example (another resource)',
    ]);
  });
});
