import { beforeAll, describe, expect, it } from 'vitest';
import base from '../../../src/locales/en/base.json';
import history from '../../../src/locales/en/history.json';
import { failureLabel, providerLabel, statusLabel, timeLabel } from '../../../src/popup/history/history-labels';
import { ALL, NONE, choiceOf, providerOfChoice } from '../../../src/popup/history/provider-choice';
import { useCatalogs } from '../../../src/shared/i18n';

beforeAll(() => useCatalogs(base, history));

describe('history labels', () => {
  it('providers by display name; none recognised and the rest in words', () => {
    expect(providerLabel('cloudflare')).toBe('Cloudflare');
    expect(providerLabel('newcdn')).toBe('newcdn');
    expect(providerLabel(null)).toBe('No provider recognised');
    expect(providerLabel('other')).toBe('Other providers');
  });

  it('failures in a few words, an unexpected value as unknown', () => {
    expect(failureLabel('edge')).toBe('provider edge failed');
    expect(failureLabel('origin')).toBe("site's server failed");
    expect(failureLabel('bogus' as never)).toBe('cause not placed');
  });

  it('status with the provider code when it adds something; a network error has neither', () => {
    expect(statusLabel({ status: 522, code: '522' })).toBe('522');
    expect(statusLabel({ status: 503, code: 'SlowDown' })).toBe('503 · SlowDown');
    expect(statusLabel({ code: 'H12' })).toBe('H12');
    expect(statusLabel({})).toBe('network error');
  });

  it("times: today's without the date, earlier ones with it", () => {
    const now = new Date(2026, 10, 21, 15, 0).getTime();
    expect(timeLabel(new Date(2026, 10, 21, 9, 5).getTime(), now, 'en-GB')).toBe('09:05');
    expect(timeLabel(new Date(2026, 10, 20, 23, 59).getTime(), now, 'en-GB')).toBe('20 Nov, 23:59');
  });

  it('provider choices round-trip, none recognised included', () => {
    for (const provider of ['cloudflare', null]) expect(providerOfChoice(choiceOf(provider))).toBe(provider);
    expect(providerOfChoice(ALL)).toBeUndefined();
    expect(choiceOf(null)).toBe(NONE);
  });
});
