// Every locale is complete: each English message has its translation in every language, with the same
// placeholders ($1…$9) and no empty text, and no language has a message English does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../src/locales');
const LANGUAGES = readdirSync(LOCALES).filter((name) => name !== 'en').sort();
const FILES = readdirSync(join(LOCALES, 'en')).filter((name) => name.endsWith('.json')).sort();

type Catalog = Record<string, { message?: unknown }>;
const read = (lang: string, file: string): Catalog => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Catalog;
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

describe('translations', () => {
  it('cover the seven languages the stores list', () => {
    expect(LANGUAGES).toEqual(['de', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN']);
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    it.each(FILES)('%s has every message, with the same placeholders, and nothing else', (file) => {
      const english = read('en', file);
      const translated = read(lang, file);
      const problems: string[] = [];
      for (const [key, { message }] of Object.entries(english)) {
        const text = translated[key]?.message;
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: missing or empty`);
        else if (placeholders(text).join() !== placeholders(String(message)).join()) problems.push(`${key}: placeholders ${placeholders(text)} ≠ ${placeholders(String(message))}`);
        else if (/\$(?![1-9])/.test(text)) problems.push(`${key}: a stray $`);
      }
      for (const key of Object.keys(translated)) if (!Object.hasOwn(english, key)) problems.push(`${key}: not an English message`);
      expect(problems).toEqual([]);
    });
  });
});
