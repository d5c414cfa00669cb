// The outage tour's printed result: one row per scenario (Detour's verdict on the page and its badge), one
// row per failing (provider, host) of its subresources, then what differed from the expectation.
import { countResources, badgeColorName } from './detour-browser';
import type { Capture } from './captures';
import type { TourStop } from './outage-tour';

const HEADINGS = ['Scenario', 'Provider', 'Service', 'Failure', 'Status', 'Code', 'PoP', 'Badge', ''];

export function tourTable(stops: readonly TourStop[]): string {
  const rows: string[][] = [];
  for (const stop of stops) {
    const { report, page } = stop;
    const ok = stop.error ? '✗' : stop.problems.length === 0 ? '✓' : '✗';
    const badge = report ? (report.badgeText ? `${report.badgeText} ${badgeColorName(report.badgeColor)}` : 'none') : '?';
    if (!report) rows.push([stop.scenario.name, '?', '', '', '', '', '', badge, ok]);
    else if (!page) rows.push([stop.scenario.name, '(nothing listed)', '', 'none', '', '', '', badge, ok]);
    else rows.push([stop.scenario.name, page.provider ?? 'none', page.service ?? '-', page.failure, dash(page.status), page.code ?? '-', page.pop ?? '-', badge, ok]);
    for (const group of report ? countResources(report) : []) {
      rows.push([`  └ ${group.count} × ${group.host}`, group.provider ?? 'none', '', group.failure, '', '', '', '', '']);
    }
  }
  const widths = HEADINGS.map((heading, i) => Math.max(heading.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(HEADINGS), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)];

  const wrong = stops.filter((stop) => stop.error || stop.problems.length > 0);
  out.push('', wrong.length === 0 ? `All ${stops.length} scenarios as expected.` : `${stops.length - wrong.length} of ${stops.length} scenarios as expected. Differences:`);
  for (const stop of wrong) {
    out.push(`  ${stop.scenario.name} (${stop.url})`);
    if (stop.error) out.push(`    could not visit: ${stop.error.split('\n')[0]}`);
    for (const problem of stop.problems) out.push(`    ${problem}`);
    if (stop.scenario.expected.readsPage) out.push(`    note: needs the page's text: ${stop.scenario.expected.readsPage}`);
  }
  return out.join('\n');
}

function dash(value: number | undefined): string {
  return value === undefined ? '-' : String(value);
}

/** The leg of real failures: each capture's source, its label and Detour's verdict on the tab, and the badge. */
export function captureTable(stops: readonly { stop: TourStop; capture: Capture; problems: string[] }[]): string {
  const headings = ['Capture', 'Source', 'Label', 'Detour', 'Badge', ''];
  const rows = stops.map(({ stop, capture, problems }) => {
    const label = `${capture.expected.provider ?? 'none'}/${capture.expected.failure}`;
    const got = stop.page ? `${stop.page.provider ?? 'none'}/${stop.page.failure}${stop.page.code ? ` (${stop.page.code})` : ''}` : stop.report ? '(nothing listed)' : '?';
    const badge = stop.report ? (stop.report.badgeText ? `${stop.report.badgeText} ${badgeColorName(stop.report.badgeColor)}` : 'none') : '?';
    return [capture.id, capture.source, label, got, badge, stop.error || problems.length > 0 ? '✗' : '✓'];
  });
  const widths = headings.map((heading, i) => Math.max(heading.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const wrong = stops.filter(({ stop, problems }) => stop.error || problems.length > 0);
  const out = [line(headings), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line), ''];
  out.push(wrong.length === 0 ? `All ${stops.length} real failures read as their sources say.` : `${stops.length - wrong.length} of ${stops.length} real failures read as their sources say. Differences:`);
  for (const { stop, capture, problems } of wrong) {
    out.push(`  ${capture.id} (${stop.url})`);
    if (stop.error) out.push(`    could not visit: ${stop.error.split('\n')[0]}`);
    for (const problem of problems) out.push(`    ${problem}`);
  }
  return out.join('\n');
}
