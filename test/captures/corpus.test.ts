// The corpus of real captured failures: every file well formed and distinct, and classify()'s score on it
// never below the floor recorded in test/captures/floor.json (raise the floor when the score rises).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import { countTable, percent, scoreCaptures } from '../../scripts/lib/accuracy';
import { CAPTURES_DIR, observationOf, readCaptures, UNPLACEABLE_DIR } from '../../scripts/lib/captures';

const { captures, problems } = readCaptures();
const unplaceable = readCaptures(UNPLACEABLE_DIR);
const floor = JSON.parse(readFileSync(join(CAPTURES_DIR, 'floor.json'), 'utf8')) as { captures: number; provider: number; failure: number; both: number; perFailure: number };

describe('the corpus of real captures', () => {
  it('has only well-formed captures', () => {
    expect(problems).toEqual([]);
    expect(unplaceable.problems).toEqual([]);
  });

  it(`holds at least ${floor.captures} captures`, () => {
    expect(captures.length).toBeGreaterThanOrEqual(floor.captures);
  });

  it('holds each response once', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const c of captures) {
      const key = JSON.stringify([c.url, c.status, c.headers, c.title, c.body, c.error]);
      const first = seen.get(key);
      if (first !== undefined) repeats.push(`${c.id} repeats ${first}`);
      else seen.set(key, c.id);
    }
    expect(repeats).toEqual([]);
  });

  it('is counted truly in test/captures/README.md (npm run accuracy -- --counts)', () => {
    const readme = readFileSync(join(CAPTURES_DIR, 'README.md'), 'utf8');
    const table = /<!-- counts -->\n([\s\S]*?)\n<!-- \/counts -->/.exec(readme)?.[1];
    expect(table).toBe(countTable(captures));
  });

  it('files each capture under its expected provider', () => {
    const misfiled = captures.filter((c) => c.id.split('/')[0] !== (c.expected.provider ?? 'none')).map((c) => c.id);
    expect(misfiled).toEqual([]);
  });
});

describe('classify() on the real captures', () => {
  const score = scoreCaptures(captures, classify);
  const report = score.misses.map((m) => `${m.id}: got ${m.got.provider}/${m.got.failure}, want ${m.want.provider}/${m.want.failure}`).join('\n');

  it(`names provider and failure right for at least ${floor.both}% (floor.json)`, () => {
    expect(percent(score.all.both, score.all.n), report).toBeGreaterThanOrEqual(floor.both);
    expect(percent(score.all.provider, score.all.n)).toBeGreaterThanOrEqual(floor.provider);
    expect(percent(score.all.failure, score.all.n)).toBeGreaterThanOrEqual(floor.failure);
  });

  it(`gets every failure class right at least ${floor.perFailure}% of the time`, () => {
    const low = Object.entries(score.byFailure).filter(([, t]) => percent(t.both, t.n) < floor.perFailure).map(([name, t]) => `${name}: ${t.both}/${t.n}`);
    expect(low, report).toEqual([]);
  });
});

describe('classify() on real failures that show no mark of their provider', () => {
  it('never blames another provider: it names the right one or none', () => {
    expect(unplaceable.captures.length).toBeGreaterThan(0);
    const wrong = unplaceable.captures
      .map((c) => ({ id: c.id, got: classify(observationOf(c)).provider, want: c.expected.provider }))
      .filter((r) => r.got !== null && r.got !== r.want);
    expect(wrong).toEqual([]);
  });
});
