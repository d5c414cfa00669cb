// axe-core run inside one of Detour's pages (popup, history view, options), in either browser: its source is
// evaluated in the page through the driver (extension pages' CSP does not apply to the driver), then
// axe.run on the whole document. Only serious and critical violations fail a test; each is one readable line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtensionPage } from '../../scripts/lib/detour-browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Violations of impact serious or critical on the page as it is now. */
export async function seriousViolations(page: ExtensionPage): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis, undefined))) await page.addScript(AXE_SOURCE);
  return page.evaluate(runAxe, undefined);
}

/** One line per violation and element: `[serious] color-contrast: … — #verdict: Fix any of …`. */
export function describeViolations(findings: readonly AxeFinding[]): string {
  return findings
    .flatMap((finding) => finding.nodes.map((node) => `[${finding.impact}] ${finding.id}: ${finding.help} — ${node.target}: ${node.summary.replace(/\s+/g, ' ')}`))
    .join('\n');
}

// Runs in the page (serialised: self-contained).
async function runAxe(): Promise<AxeFinding[]> {
  interface AxeResult {
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  }
  const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String).join(' '), summary: node.failureSummary ?? '' })),
    }));
}
