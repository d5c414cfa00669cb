// Compares Detour's view of a scenario's tab with what the scenario expects. Pure: used by the tour and tests.
import type { Diagnosis } from '../../src/core/types';
import { type TabReport, badgeColorName, countResources } from './detour-browser';
import type { Expected } from './scenarios';

const PAGE_FIELDS = ['provider', 'service', 'failure', 'status', 'code', 'pop'] as const;

/** The main frame's diagnosis, if Detour listed one (healthy pages are not listed). */
export function pageDiagnosis(report: Pick<TabReport, 'diagnoses'>): Diagnosis | undefined {
  return report.diagnoses.find((entry) => entry.type === 'main_frame')?.diagnosis;
}

/** What differs from the expectation, one line each; empty when Detour got everything right. */
export function scenarioProblems(expected: Expected, report: TabReport): string[] {
  const problems: string[] = [];
  const page = pageDiagnosis(report);
  if (page) {
    for (const field of PAGE_FIELDS) {
      const want = expected[field];
      if (want !== undefined && page[field] !== want) problems.push(`page ${field}: ${show(page[field])}, expected ${show(want)}`);
    }
  } else if (expected.failure !== 'none') {
    problems.push(`page: nothing listed, expected ${expected.provider ?? 'no provider'} / ${expected.failure}`);
  }
  if (report.badgeText !== expected.badge) problems.push(`badge: ${show(report.badgeText)}, expected ${show(expected.badge)}`);
  if (expected.badgeColor && report.badgeText !== '' && badgeColorName(report.badgeColor) !== expected.badgeColor) {
    problems.push(`badge colour: ${badgeColorName(report.badgeColor)}, expected ${expected.badgeColor}`);
  }
  const counted = countResources(report);
  for (const want of expected.resources ?? []) {
    const got = counted.find((entry) => entry.provider === want.provider && entry.host === want.host && entry.failure === want.failure);
    if (got?.count !== want.count) problems.push(`${want.host}: ${got?.count ?? 0} × ${want.provider}/${want.failure}, expected ${want.count}`);
  }
  for (const extra of counted) {
    const wanted = (expected.resources ?? []).some((want) => want.provider === extra.provider && want.host === extra.host && want.failure === extra.failure);
    if (!wanted) problems.push(`unexpected: ${extra.count} × ${extra.provider ?? 'no provider'}/${extra.failure} from ${extra.host}`);
  }
  return problems;
}

/** How many subresource failures the scenario expects in all. */
export function expectedResourceTotal(expected: Expected): number {
  return (expected.resources ?? []).reduce((sum, entry) => sum + entry.count, 0);
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}
