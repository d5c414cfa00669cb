// Consecutive outage windows of one provider, merged into episodes for the "recent outages" list.
import { WINDOW_SECONDS } from '../../src/core/report';
import type { ProviderSummary } from '../outages/summarize';

export interface Episode {
  provider: string;
  start: number;
  end: number; // exclusive
  peak: number;
  baseline: number; // at the peak
}

export function outageEpisodes(summary: ProviderSummary): Episode[] {
  const episodes: Episode[] = [];
  for (const w of summary.windows) {
    if (!w.outage) continue;
    const last = episodes.at(-1);
    if (last !== undefined && last.end === w.window) {
      last.end += WINDOW_SECONDS;
      if (w.reports > last.peak) Object.assign(last, { peak: w.reports, baseline: w.baseline });
    } else {
      episodes.push({ provider: summary.provider, start: w.window, end: w.window + WINDOW_SECONDS, peak: w.reports, baseline: w.baseline });
    }
  }
  return episodes;
}
