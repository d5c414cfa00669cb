// Styles are written with logical properties (inline start/end, not left/right), so that a right-to-left
// language can follow without a second stylesheet. This reads every stylesheet under src/ and names each
// physical declaration it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Declarations that say left or right where the inline start or end is meant. */
function physicalDeclarations(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/g)) {
    const [declaration, property = '', value = ''] = match;
    const words = value.trim().split(/\s+/);
    const physicalName = /(^|-)(left|right)(-|$)/.test(property);
    const physicalValue = /^(text-align|float|clear)$/.test(property) && /^(left|right)$/.test(value.trim());
    // Four values in top, right, bottom, left order with a different right and left.
    const lopsided = /^(margin|padding|inset|border-width|border-color|border-style)$/.test(property) && words.length === 4 && words[1] !== words[3];
    if (physicalName || physicalValue || lopsided) found.push(declaration.trim());
  }
  return found;
}

describe('stylesheets use logical properties', () => {
  it('finds the physical forms it is meant to refuse (the check can fail)', () => {
    expect(physicalDeclarations('a { padding-left: 1px; text-align: right; padding: 1px 2px 3px 4px; left: 0 }')).toEqual(['padding-left: 1px', 'text-align: right', 'padding: 1px 2px 3px 4px', 'left: 0']);
    expect(physicalDeclarations('a { padding-inline-start: 1px; text-align: start; padding: 1px 2px 3px 2px; margin-top: 4px }')).toEqual([]);
  });

  for (const path of stylesheets(SRC)) {
    it(path.slice(SRC.length + 1), () => {
      expect(physicalDeclarations(readFileSync(path, 'utf8'))).toEqual([]);
    });
  }
});
