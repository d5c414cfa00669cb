// Provider-level report counts → what /v1/outages and the page show: per provider, every window with at
// least k reports (fewer are suppressed, never shown), its baseline and whether it is an outage.
import { WINDOW_SECONDS } from '../../src/core/report';
import type { Bucket } from '../db/report-store';
import { baselineFor, isOutage, type BaselineBasis } from './baseline';

export interface ProviderWindow {
  window: number;
  reports: number;
  baseline: number; // rounded to one decimal
  basis: BaselineBasis;
  outage: boolean;
}

export interface ProviderSummary {
  provider: string;
  outageNow: boolean; // an outage in one of the last three windows (15 minutes)
  windows: ProviderWindow[];
}

export interface SummaryRange {
  from: number; // first window shown
  to: number; // end of the range (exclusive): the current window + 300
  k: number;
  firstWindow: number | undefined; // the first window the collector ever stored
}

export function summarizeProviders(counts: readonly Bucket[], range: SummaryRange): ProviderSummary[] {
  const series = new Map<string, Map<number, number>>();
  for (const { provider, window, reports } of counts) {
    let byWindow = series.get(provider);
    if (byWindow === undefined) series.set(provider, (byWindow = new Map()));
    byWindow.set(window, (byWindow.get(window) ?? 0) + reports);
  }
  const first = range.firstWindow ?? range.from;
  const summaries: ProviderSummary[] = [];
  for (const [provider, byWindow] of series) {
    const windows: ProviderWindow[] = [];
    for (const [window, reports] of [...byWindow].sort(([a], [b]) => a - b)) {
      if (window < range.from || window >= range.to || reports < range.k) continue;
      const { basis, mean } = baselineFor(byWindow, window, first);
      windows.push({ window, reports, baseline: Math.round(mean * 10) / 10, basis, outage: basis !== 'none' && isOutage(reports, mean, range.k) });
    }
    if (windows.length === 0) continue;
    const recent = range.to - 3 * WINDOW_SECONDS;
    summaries.push({ provider, outageNow: windows.some((w) => w.outage && w.window >= recent), windows });
  }
  return summaries.sort((a, b) => Number(b.outageNow) - Number(a.outageNow) || a.provider.localeCompare(b.provider));
}
