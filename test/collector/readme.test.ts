import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISCLOSED_FIELDS } from '../../src/core/report';

describe("the collector README's privacy table", () => {
  it('lists every disclosed field with the description the schema gives it', () => {
    const readme = readFileSync(new URL('../../collector/README.md', import.meta.url), 'utf8');
    for (const f of DISCLOSED_FIELDS) {
      const sent = f.toggle === undefined ? f.sent : `${f.sent} (\`${f.toggle}\`)`;
      expect(readme).toContain(`| \`${f.field}\` | ${sent} | ${f.description} |`);
    }
    expect(readme.match(/^\| `[a-z]+` \| (always|when known|opt-in)/gm)).toHaveLength(DISCLOSED_FIELDS.length);
  });
});
