// Every string a person reads goes through _locales: each message key the code names exists in
// src/locales/en/*.json, and each key there is used somewhere in src/ (no dead strings). tsc checks the
// typed calls; this also covers maps, ternaries, the core's phrase keys, __MSG_…__ in the manifest and pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'src/locales/en');
// The prefix each file's keys carry, so a key says where it lives (base.json holds the manifest's few).
const PREFIXES: Record<string, RegExp> = {
  'base.json': /^(ext|action)[A-Z]/,
  'history.json': /^history[A-Z]/,
  'mirrors.json': /^mirror[A-Z]/,
  'net.json': /^net[A-Z]/,
  'options.json': /^options[A-Z]/,
  'outage.json': /^outage[A-Z]/,
  'popup.json': /^popup[A-Z]/,
  'settings.json': /^settings[A-Z]/,
  'sharing.json': /^sharing[A-Z]/,
  'store.json': /^store[A-Z]/,
  'welcome.json': /^welcome[A-Z]/,
};
// A quoted literal shaped like a message key; settings names (mirrorTimeoutMs) share the shape but are data.
const KEY_SHAPED = /['"`]((?:ext|action|history|mirror|net|options|outage|popup|settings|sharing|store|welcome)[A-Z][A-Za-z0-9_@]*)['"`]/g;
const SETTING_NAMES: ReadonlySet<string> = new Set(Object.keys(DEFAULT_SETTINGS));
// Catalogs whose translator notes are still to be written (the history view's, kept by its own work).
const UNDESCRIBED: ReadonlySet<string> = new Set(['history.json']);

type Entry = { message?: unknown; description?: unknown };

function filesUnder(dir: string, ends: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ends.some((end) => entry.name.endsWith(end)))
    .map((entry) => join(entry.parentPath, entry.name));
}

const catalogs = readdirSync(LOCALES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, entries: JSON.parse(readFileSync(join(LOCALES, name), 'utf8')) as Record<string, Entry> }));
const keys = new Set(catalogs.flatMap(({ entries }) => Object.keys(entries)));

// The code that shows strings: sources, pages and the manifest; the key lists (*-keys.ts) only name keys
// the core may pick, so they do not count as a use.
const sources = [...filesUnder(join(ROOT, 'src'), ['.ts', '.tsx', '.html']), join(ROOT, 'manifest.json')].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));
const code = sources.filter(({ path }) => !path.endsWith('-keys.ts'));

function named(text: string): string[] {
  const literals = [...text.matchAll(KEY_SHAPED)].map((match) => match[1] as string).filter((name) => !SETTING_NAMES.has(name));
  return [...literals, ...[...text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((match) => match[1] as string)];
}

describe('the English catalogs (src/locales/en)', () => {
  it('found the code and the catalogs to check (a glob that stopped matching would pass everything)', () => {
    expect(catalogs.map(({ name }) => name).sort()).toEqual(Object.keys(PREFIXES).sort());
    expect(code.length).toBeGreaterThan(100);
    expect(keys.size).toBeGreaterThan(400);
  });

  it('hold each key once, with its file’s prefix, a message, a description (for translators) and no stray $', () => {
    const seen = new Map<string, string>();
    for (const { name, entries } of catalogs) {
      for (const [key, entry] of Object.entries(entries)) {
        expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, name);
        expect(key, name).toMatch(PREFIXES[name] ?? /^$/);
        expect(typeof entry.message === 'string' && entry.message.length > 0, `${name}: ${key} has no message`).toBe(true);
        if (!UNDESCRIBED.has(name)) expect(typeof entry.description === 'string' && entry.description.length > 0, `${name}: ${key} has no description`).toBe(true);
        expect(String(entry.message).replace(/\$[1-9]/g, ''), `${name}: ${key}`).not.toContain('$');
      }
    }
  });

  it('are all part of the MessageKey type, so t() accepts their keys', () => {
    const i18n = readFileSync(join(ROOT, 'src/shared/i18n.ts'), 'utf8');
    for (const { name } of catalogs) expect(i18n, name).toContain(`from '../locales/en/${name}'`);
  });

  it('define every key the code names: t(), phrases, key maps, the core’s key lists, __MSG_…__', () => {
    const missing = sources.flatMap(({ path, text }) => named(text).filter((key) => !keys.has(key)).map((key) => `${path}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('hold no key the code never uses', () => {
    const used = new Set(code.flatMap(({ text }) => named(text)));
    expect([...keys].filter((key) => !used.has(key))).toEqual([]);
  });
});
