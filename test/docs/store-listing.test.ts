// The store listing texts (store/<locale>/): one per language Detour speaks (src/locales/), each with a summary
// the stores accept and a long description that points to the privacy policy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const at = (path: string) => new URL(`../../${path}`, import.meta.url);
const LOCALES = readdirSync(at('src/locales'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const LISTED = readdirSync(at('store'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'screenshots').map((entry) => entry.name);

/** The Chrome Web Store's summary limit; addons.mozilla.org allows 250. Counted in characters, not bytes. */
const SUMMARY_MAX = 132;

const text = (locale: string, file: string) => {
  const path = at(`store/${locale}/${file}`);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
};

describe('the store listing', () => {
  it('has a listing for every language Detour speaks, and none for a language it does not', () => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(7);
    expect([...LISTED].sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: a one-line summary of at most 132 characters', (locale) => {
    const summary = text(locale, 'short.txt');
    expect(summary).not.toBe('');
    expect(summary).not.toContain('\n');
    expect([...summary].length).toBeLessThanOrEqual(SUMMARY_MAX);
  });

  it.each(LOCALES)('%s: a long description that names Detour and points to the privacy policy', (locale) => {
    const description = text(locale, 'description.md');
    expect(description.length).toBeGreaterThan(text(locale, 'short.txt').length);
    expect(description).toContain('Detour');
    expect(description).toContain('PRIVACY.md');
    expect(existsSync(at('PRIVACY.md'))).toBe(true);
  });
});
