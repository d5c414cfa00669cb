// What the popup links to: https: only, checked again after the message boundary; an onion address as text;
// mirrors on the failing provider last.
import { describe, expect, it } from 'vitest';
import { phrase } from '../../src/core/explain';
import type { Suggestion } from '../../src/core/mirrors';
import { shownMirrors } from '../../src/popup/shown-mirrors';

const s = (fields: Partial<Suggestion>): Suggestion => ({
  kind: 'wayback', url: 'https://web.archive.org/web/2/https://a.example/', action: 'open', label: phrase('mirrorLabelWayback'), why: phrase('mirrorWhyWayback'), freshness: phrase('mirrorFreshNotChecked'), sameProviderAsFailure: false, ...fields,
});

describe('shownMirrors', () => {
  it('keeps https links, in order, with the failing provider’s last', () => {
    const shown = shownMirrors([
      s({ kind: 'archive-today', url: 'https://archive.ph/AbC', sameProviderAsFailure: true, warning: phrase('mirrorWarnSameProvider', 'Cloudflare') }),
      s({ kind: 'ipfs', url: 'https://gw.example/ipfs/bafy/' }),
      s({}),
    ]);
    expect(shown.map((m) => [m.suggestion.kind, m.href])).toEqual([
      ['ipfs', 'https://gw.example/ipfs/bafy/'],
      ['wayback', 'https://web.archive.org/web/2/https://a.example/'],
      ['archive-today', 'https://archive.ph/AbC'],
    ]);
    expect(shown[2]?.suggestion.warning?.key).toBe('mirrorWarnSameProvider');
  });

  it.each([
    'javascript:alert(1)', 'http://web.archive.org/x', 'data:text/html,<script>alert(1)</script>', 'https://user:pw@archive.ph/x', 'https://', ' https://archive.ph/x',
    'https://archive.ph/\nx', 'vbscript:x', '',
  ])('drops an open link to %j', (url) => {
    expect(shownMirrors([s({ url })])).toEqual([]);
  });

  it('shows an onion address as text to copy, never as a link', () => {
    const onion = `http://${'a'.repeat(56)}.onion/`;
    expect(shownMirrors([s({ kind: 'onion', action: 'copy', url: onion })])).toEqual([{ suggestion: expect.objectContaining({ url: onion }) as unknown as Suggestion }]);
  });

  it('ignores what is not a suggestion list', () => {
    expect(shownMirrors(undefined)).toEqual([]);
    expect(shownMirrors('x')).toEqual([]);
    expect(shownMirrors([null, 5, { url: 5 }, s({ action: 'exec' as Suggestion['action'] })])).toEqual([]);
  });

  it('drops a suggestion whose words are not phrases (plain text from an older worker, or junk)', () => {
    const text = 'Wayback Machine snapshot' as unknown as Suggestion['label'];
    expect(shownMirrors([s({ label: text }), s({ why: text }), s({ freshness: text }), s({ warning: text })])).toEqual([]);
  });
});
