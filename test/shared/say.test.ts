// The popup and the background render the core's phrases with the English catalogs; a day is written by Intl, not the core.
import { beforeAll, describe, expect, it } from 'vitest';
import { phrase } from '../../src/core/explain';
import mirrors from '../../src/locales/en/mirrors.json';
import net from '../../src/locales/en/net.json';
import outage from '../../src/locales/en/outage.json';
import popup from '../../src/locales/en/popup.json';
import store from '../../src/locales/en/store.json';
import { formatDay, formatUtc, say } from '../../src/shared/say';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(popup, mirrors, outage, net, store));

const AT = Date.UTC(2025, 2, 12, 23, 30);

describe('say', () => {
  it('renders nested phrases and a day', () => {
    const fresh = phrase('mirrorFreshSnapshot', { day: AT }, phrase('mirrorAgeDays', 3));
    expect(say(fresh)).toBe(`snapshot of ${formatDay(AT)} (3 days ago)`);
    expect(formatDay(AT)).toMatch(/12/); // the UTC day, whatever the runtime's time zone
    expect(formatDay(AT)).toMatch(/2025/);
  });

  it('writes UTC clock times on a 24-hour clock, with the day when asked', () => {
    const at = Date.UTC(2025, 10, 18, 9, 5);
    expect(say(phrase('outageSince', { utc: at }))).toBe('since 09:05 UTC');
    expect(formatUtc(at, true)).toMatch(/18/);
    expect(formatUtc(at, true)).toMatch(/09:05/);
  });

  it('writes nothing for a day or time that is not one', () => {
    expect(formatDay(Number.NaN)).toBe('');
    expect(formatUtc(1e20)).toBe('');
  });

  it("words src/net's and src/store's phrases: a count with the reader's digit grouping, a plain number as is", () => {
    expect(say(phrase('netTooBig', 'archive.org', 65536))).toBe('archive.org sent more than the 65536 bytes Detour accepts');
    const full = say(phrase('storeFull', { count: 3 }, { count: 5000 }));
    expect(full).toMatch(/^storage is full: 3 failures not yet saved are kept in memory \(at most 5.000, oldest dropped first\)/);
    expect(full).toContain(`at most ${(5000).toLocaleString()},`);
    expect(say(phrase('storeUnavailable', phrase('storeReasonPrivateWindow', 'InvalidStateError'), { count: 5000 }))).toMatch(/^IndexedDB is not available \(InvalidStateError, as in a Firefox private window\)/);
  });
});
