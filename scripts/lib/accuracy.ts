// Scores a classifier on the corpus of real captures: provider, failure class and both, overall, per
// expected failure class and per expected provider, with every miss listed.
import type { Diagnosis, Observation } from '../../src/core/types';
import { observationOf, type Capture } from './captures';

export interface Tally { n: number; provider: number; failure: number; both: number }
export interface Miss { id: string; source: string; got: { provider: string | null; failure: string; code?: string }; want: { provider: string | null; failure: string } }
export interface Score {
  all: Tally;
  byFailure: Record<string, Tally>;
  byProvider: Record<string, Tally>;
  incidents: Tally; // captures from a named provider incident
  misses: Miss[];
}

const empty = (): Tally => ({ n: 0, provider: 0, failure: 0, both: 0 });

/** Does the diagnosis match the label (or one of the pairs the label also accepts)? */
export function judgeCapture(capture: Capture, got: Pick<Diagnosis, 'provider' | 'failure'>): { provider: boolean; failure: boolean; both: boolean } {
  const pairs = [{ provider: capture.expected.provider, failure: capture.expected.failure }, ...(capture.expected.alsoAccept ?? [])];
  return {
    provider: pairs.some((p) => p.provider === got.provider),
    failure: pairs.some((p) => p.failure === got.failure),
    both: pairs.some((p) => p.provider === got.provider && p.failure === got.failure),
  };
}

export function scoreCaptures(captures: readonly Capture[], classify: (obs: Observation) => Diagnosis): Score {
  const score: Score = { all: empty(), byFailure: {}, byProvider: {}, incidents: empty(), misses: [] };
  for (const capture of captures) {
    const got = classify(observationOf(capture));
    const right = judgeCapture(capture, got);
    const tallies = [score.all, (score.byFailure[capture.expected.failure] ??= empty()), (score.byProvider[capture.expected.provider ?? '(none)'] ??= empty())];
    if (capture.incident !== undefined) tallies.push(score.incidents);
    for (const t of tallies) {
      t.n++;
      if (right.provider) t.provider++;
      if (right.failure) t.failure++;
      if (right.both) t.both++;
    }
    if (!right.both) {
      const miss: Miss = { id: capture.id, source: capture.source, got: { provider: got.provider, failure: got.failure }, want: { provider: capture.expected.provider, failure: capture.expected.failure } };
      if (got.code !== undefined) miss.got.code = got.code;
      score.misses.push(miss);
    }
  }
  return score;
}

export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** The score as the plain-text report `npm run accuracy` prints. */
export function formatScore(score: Score, title = 'classify()'): string {
  const row = (name: string, t: Tally): string =>
    `${name.padEnd(16)} ${String(t.n).padStart(5)}   ${pct(t.provider, t.n)}   ${pct(t.failure, t.n)}   ${pct(t.both, t.n)}`;
  const head = `${''.padEnd(16)} ${'n'.padStart(5)}   ${'provider'.padStart(8)}   ${'failure'.padStart(8)}   ${'both'.padStart(8)}`;
  const lines = [`${title} on ${score.all.n} real captures`, '', head, row('all', score.all), row('from incidents', score.incidents), '', 'by expected failure'];
  for (const [name, t] of sorted(score.byFailure)) lines.push(row(name, t));
  lines.push('', 'by expected provider');
  for (const [name, t] of sorted(score.byProvider)) lines.push(row(name, t));
  lines.push('', score.misses.length === 0 ? 'No misses.' : `Misses (${score.misses.length}): id — got → want`);
  for (const m of score.misses) {
    lines.push(`  ${m.id} — got ${m.got.provider ?? 'null'}/${m.got.failure}${m.got.code ? ` (${m.got.code})` : ''} → want ${m.want.provider ?? 'null'}/${m.want.failure}   [${m.source}]`);
  }
  return lines.join('\n');
}

function pct(part: number, whole: number): string {
  return `${percent(part, whole).toFixed(1)}%`.padStart(8);
}

function sorted(record: Record<string, Tally>): [string, Tally][] {
  return Object.entries(record).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
}

/** The corpus as a Markdown table: one row per expected provider, one column per failure class. */
export function countTable(captures: readonly Capture[]): string {
  const classes = ['edge', 'origin', 'block', 'client', 'unknown'] as const;
  const rows = new Map<string, Record<string, number>>();
  for (const c of captures) {
    const row = rows.get(c.expected.provider ?? '(none)') ?? {};
    row[c.expected.failure] = (row[c.expected.failure] ?? 0) + 1;
    rows.set(c.expected.provider ?? '(none)', row);
  }
  const used = classes.filter((k) => captures.some((c) => c.expected.failure === k));
  const total = (row: Record<string, number>): number => used.reduce((sum, k) => sum + (row[k] ?? 0), 0);
  const sortedRows = [...rows].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const lines = [`| provider | ${used.join(' | ')} | all |`, `|---|${used.map(() => '---:').join('|')}|---:|`];
  for (const [provider, row] of sortedRows) lines.push(`| ${provider} | ${used.map((k) => row[k] ?? 0).join(' | ')} | ${total(row)} |`);
  const sums = used.map((k) => captures.filter((c) => c.expected.failure === k).length);
  lines.push(`| **all** | ${sums.join(' | ')} | ${captures.length} |`);
  return lines.join('\n');
}
