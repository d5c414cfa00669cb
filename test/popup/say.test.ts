// The popup renders the core's phrases with the English catalogs; a day is written by Intl, not the core.
import { beforeAll, describe, expect, it } from 'vitest';
import { phrase } from '../../src/core/explain';
import mirrors from '../../src/locales/en/mirrors.json';
import popup from '../../src/locales/en/popup.json';
import { formatDay, say } from '../../src/popup/say';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(popup, mirrors));

const AT = Date.UTC(2025, 2, 12, 23, 30);

describe('say', () => {
  it('renders nested phrases and a day', () => {
    const fresh = phrase('mirrorFreshSnapshot', { day: AT }, phrase('mirrorAgeDays', 3));
    expect(say(fresh)).toBe(`snapshot of ${formatDay(AT)} (3 days ago)`);
    expect(formatDay(AT)).toMatch(/12/); // the UTC day, whatever the runtime's time zone
    expect(formatDay(AT)).toMatch(/2025/);
  });

  it('writes nothing for a day that is not a time', () => {
    expect(formatDay(Number.NaN)).toBe('');
  });
});
