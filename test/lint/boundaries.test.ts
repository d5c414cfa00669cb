// The layout's "never"s are enforced by dependency-cruiser in `npm run lint` (.dependency-cruiser.cjs): a
// small tree laid out like Detour's breaks each rule once, and each breach is reported by its rule's name,
// while the imports the layout allows are not.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FILES: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "strict": true } }',
  'src/background/thing.ts': 'export const thing = 1;',
  'src/store/db.ts': 'export const db = 1;',
  'src/shared/words.ts': 'export const words = 1;',
  'src/shared/i18n.ts': 'export const t = (key: string) => key;',
  'src/net/says.ts': "import { t } from '../shared/i18n';\nexport const s = t('netHttp');",
  'src/store/says.ts': "import { t } from '../shared/i18n';\nexport const s = t('storeFull');",
  'src/net/fine.ts': "import { words } from '../shared/words';\nexport const f = words;",
  'src/popup/fine.ts': "import { t } from '../shared/i18n';\nexport const f = t('popupRetry');",
  'src/core/report/schema.ts': 'export const schema = 1;',
  'src/core/leak.ts': "import { thing } from '../background/thing';\nexport const leak = thing;",
  'src/core/words-leak.ts': "import { words } from '../shared/words';\nexport const w = words;",
  'src/core/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;",
  'src/core/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;",
  'src/popup/peek.ts': "import { db } from '../store/db';\nexport const p = db;",
  'src/options/peek.ts': "import { thing } from '../background/thing';\nexport const o = thing;",
  'src/options/fine.ts': "import { words } from '../shared/words';\nexport const f = words;",
  'src/background/tool.ts': "import { helper } from '../../scripts/helper';\nexport const t = helper;",
  'scripts/helper.ts': 'export const helper = 1;',
  'collector/uses.ts': "import { thing } from '../src/background/thing';\nexport const u = thing;",
  'collector/fine.ts': "import { schema } from '../src/core/report/schema';\nexport const f = schema;",
};

interface Violation { rule: { name: string }; from: string; to: string }
let dir: string;
let violations: Violation[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-boundaries-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out: string;
  try {
    out = execFileSync(join(ROOT, 'node_modules/.bin/depcruise'), ['src', 'collector', 'scripts', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? ''); // it exits non-zero when it finds violations
  }
  violations = (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const broken = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`).sort();

describe('the layout rules', () => {
  it('core-is-pure: src/core imports no browser-facing code, storage or UI text', () => {
    expect(broken('core-is-pure')).toEqual(['src/core/leak.ts → src/background/thing.ts', 'src/core/words-leak.ts → src/shared/words.ts']);
  });

  it('no-circular: no import cycles', () => {
    expect(broken('no-circular')).toHaveLength(1); // reported once, from whichever end it met first
    expect(broken('no-circular')[0]).toMatch(/^src\/core\/cycle-[ab]\.ts → src\/core\/cycle-[ab]\.ts$/);
  });

  it('pages-talk-by-messages: the popup and options page import neither the background nor the store', () => {
    expect(broken('pages-talk-by-messages')).toEqual(['src/options/peek.ts → src/background/thing.ts', 'src/popup/peek.ts → src/store/db.ts']);
  });

  it('net-and-store-speak-in-codes: src/net and src/store return phrases and never import i18n', () => {
    expect(broken('net-and-store-speak-in-codes')).toEqual(['src/net/says.ts → src/shared/i18n.ts', 'src/store/says.ts → src/shared/i18n.ts']);
  });

  it('collector-shares-only-the-report-schema', () => {
    expect(broken('collector-shares-only-the-report-schema')).toEqual(['collector/uses.ts → src/background/thing.ts']);
  });

  it('shipped-code-imports-no-tests-or-tools', () => {
    expect(broken('shipped-code-imports-no-tests-or-tools')).toEqual(['src/background/tool.ts → scripts/helper.ts']);
  });

  it('and nothing else: the allowed imports pass', () => {
    expect(violations).toHaveLength(9);
  });
});
