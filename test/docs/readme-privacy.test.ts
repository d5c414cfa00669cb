import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISCLOSED_FIELDS } from '../../src/core/report';

describe("the README's privacy section", () => {
  it('lists every disclosed field with the description the schema gives it, and no other', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split('## Privacy and report sharing')[1]?.split('\n## ')[0] ?? '';
    for (const f of DISCLOSED_FIELDS) {
      const sent = f.toggle === undefined ? f.sent : `${f.sent} (\`${f.toggle}\`)`;
      expect(section).toContain(`| \`${f.field}\` | ${sent} | ${f.description} |`);
    }
    expect(section.match(/^\| `[a-z]+` \| (always|when known|opt-in)/gm)).toHaveLength(DISCLOSED_FIELDS.length);
  });
});
