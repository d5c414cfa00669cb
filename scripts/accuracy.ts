// npm run accuracy [-- --json] [-- --baseline] [-- --counts] [-- --detail]
// Scores classify() on the real captures in test/captures/ (provider, failure and both; per failure class and
// per provider; every miss listed). --baseline also scores a rule that reads only the status code, for scale;
// --counts prints the corpus's provider × failure table as test/captures/README.md shows it; --detail shows,
// under each miss, what its response holds (status, URL, header names, title, start of the body).
// Exits 1 when a capture file is malformed.
import { classify } from '../src/core/classify';
import type { Diagnosis, Observation } from '../src/core/types';
import { countTable, formatScore, scoreCaptures } from './lib/accuracy';
import { observationOf, readCaptures, UNPLACEABLE_DIR } from './lib/captures';
import { failureOfStatus } from '../src/core/verdict';

const args = new Set(process.argv.slice(2));
const { captures, problems } = readCaptures();
for (const p of problems) console.error(`test/captures/${p.id}.json: ${p.problems.join('; ')}`);

const score = scoreCaptures(captures, classify);
if (args.has('--counts')) {
  console.log(countTable(captures));
} else if (args.has('--json')) {
  console.log(JSON.stringify(score, null, 2));
} else {
  console.log(formatScore(score));
  if (args.has('--detail')) {
    for (const miss of score.misses) {
      const c = captures.find((capture) => capture.id === miss.id);
      if (c === undefined) continue;
      console.log(`\n${c.id}  ${c.status ?? c.error}  ${c.url ?? '(no URL)'}`);
      console.log(`  headers: ${Object.keys(c.headers ?? {}).join(', ') || '(none)'}`);
      if (c.title !== undefined) console.log(`  title: ${c.title}`);
      if (c.body !== undefined) console.log(`  body: ${c.body.replace(/\s+/g, ' ').slice(0, 240)}`);
      console.log(`  note: ${c.note.slice(0, 240)}`);
    }
  }
  const unplaceable = readCaptures(UNPLACEABLE_DIR).captures;
  const blamed = unplaceable.filter((c) => { const got = classify(observationOf(c)).provider; return got !== null && got !== c.expected.provider; });
  console.log(`\n${unplaceable.length} more real failures show no mark of their provider (test/captures-unplaceable): another provider blamed for ${blamed.length}${blamed.map((c) => `\n  ${c.id}`).join('')}`);
  if (args.has('--baseline')) {
    const statusOnly = (obs: Observation): Diagnosis => ({ provider: null, failure: failureOfStatus(obs.statusCode ?? 0), evidence: [] });
    const base = scoreCaptures(captures, statusOnly);
    console.log(`\nStatus code alone: failure ${((base.all.failure / base.all.n) * 100).toFixed(1)}%`);
  }
}
process.exit(problems.length > 0 ? 1 : 0);
