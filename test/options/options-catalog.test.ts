import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCLOSED_FIELDS } from '../../src/core/report';
import options from '../../src/locales/en/options.json';
import { DISCLOSED_FIELD_WORDS } from '../../src/options/sharing-section';

const SRC = join(import.meta.dirname, '../../src/options');

describe("the options page's strings", () => {
  it('are all prefixed, described, and free of stray $ signs', () => {
    for (const [key, entry] of Object.entries(options) as [string, { message: string; description: string }][]) {
      expect(key).toMatch(/^options[A-Z][A-Za-z0-9]*$/);
      expect(entry.message.length, key).toBeGreaterThan(0);
      expect(entry.description.length, key).toBeGreaterThan(0);
      expect(entry.message.replace(/\$[1-9]/g, ''), key).not.toContain('$');
    }
  });

  it('are each used by the page, and the page uses no key that is missing', () => {
    const source = readdirSync(SRC).map((name) => readFileSync(join(SRC, name), 'utf8')).join('\n');
    const used = new Set(source.match(/['"]options[A-Z][A-Za-z0-9]*['"]/g)?.map((quoted) => quoted.slice(1, -1)));
    expect([...used].filter((key) => !(key in options))).toEqual([]);
    expect(Object.keys(options).filter((key) => !used.has(key))).toEqual([]);
  });

  it("describe each field a report discloses in the schema's own English words", () => {
    const catalog = options as Record<string, { message: string }>;
    for (const { field, description } of DISCLOSED_FIELDS) expect(catalog[DISCLOSED_FIELD_WORDS[field]]?.message, field).toBe(description);
  });
});
