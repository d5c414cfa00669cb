// Golden fixtures: every test/fixtures/**/*.json maps an observation to the expected parts of a diagnosis.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import type { Diagnosis, Observation } from '../../src/core/types';

interface Fixture { name: string; source?: string; observation: Observation; expected: Partial<Diagnosis> & Pick<Diagnosis, 'provider' | 'failure'> }

const root = join(import.meta.dirname, '..', 'fixtures');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();
const fixtures = files.map((file) => ({ file, fixture: JSON.parse(readFileSync(join(root, file), 'utf8')) as Fixture }));

describe('golden fixtures', () => {
  it('has at least 150 cases, each with provider and failure expected', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(150);
    for (const { file, fixture } of fixtures) {
      expect(fixture.expected, relative(root, file)).toHaveProperty('provider');
      expect(fixture.expected, relative(root, file)).toHaveProperty('failure');
    }
  });

  it.each(fixtures)('$file', ({ fixture }) => {
    const diagnosis = classify(fixture.observation);
    const picked = Object.fromEntries(Object.keys(fixture.expected).map((k) => [k, diagnosis[k as keyof Diagnosis]]));
    expect(picked, `${fixture.name}\nevidence: ${diagnosis.evidence.join(' | ')}`).toEqual(fixture.expected);
    if (diagnosis.failure !== 'none' || diagnosis.provider !== null) expect(diagnosis.evidence.length).toBeGreaterThan(0);
  });
});
