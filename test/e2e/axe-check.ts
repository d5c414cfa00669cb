// axe-core run inside one of Detour's pages (popup, history view, options), in either browser: its source is
// evaluated in the page through the driver (extension pages' CSP does not apply to the driver), then
// axe.run on the whole document. Only serious and critical violations fail a test; each is one readable line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { ExtensionPage } from '../../scripts/lib/detour-browser';
import { leftovers, looksDark, smallestText } from './popup-pages';

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

/**
 * The checks every extension page passes in a colour scheme (soft: all of them run, and report together):
 * no raw message or placeholder, the scheme's colours, no serious axe-core violation, no text under 11px.
 */
export async function expectCleanPage(page: ExtensionPage, name: string, scheme: 'light' | 'dark'): Promise<void> {
  expect.soft(leftovers(await page.evaluate(() => document.body.innerText, undefined)), 'placeholders or undefined on the page').toEqual([]);
  expect.soft((await page.evaluate(looksDark, undefined)).dark, `${name} colours in ${scheme}`).toBe(scheme === 'dark');
  const violations = await seriousViolations(page);
  expect.soft(violations, describeViolations(violations)).toEqual([]);
  // Chromium gives extension pages `body { font-size: 75% }`: a font set on :root alone shrinks.
  const smallest = await page.evaluate(smallestText, undefined);
  expect.soft(smallest.px, `smallest text ${smallest.px}px at ${smallest.where}`).toBeGreaterThanOrEqual(11);
}
