// A provider's usual level for a window: the mean reports per 5-minute window in the same hour of day
// (±30 min) over the previous 7 days, as Downdetector and Cloudflare Radar compare against similar past
// periods. Until the collector has 3 days of history, the mean over the previous 6 hours instead, leaving
// out the last 30 minutes so a starting outage does not raise its own baseline. Windows before the first
// report the collector ever stored are not counted as zeros: nobody was listening then. With fewer than
// six reference windows (the collector's first hour) there is no baseline, and nothing is flagged.
import { WINDOW_SECONDS } from '../../src/core/report';

const HOUR = 3600;
const DAY = 86_400;
export const BASELINE = {
  historyDaysForHourOfDay: 3,
  days: 7,
  recentHours: 6,
  recentGapMinutes: 30,
  minReferenceWindows: 6,
  description:
    'mean reports per 5-minute window in the same hour of day (±30 min) over the previous 7 days, once the collector has 3 days of history; before that, the mean over the previous 6 hours leaving out the last 30 minutes; nothing is flagged during the first hour of collection',
} as const;

export type BaselineBasis = 'hour-of-day' | 'recent-hours' | 'none';

export function referenceWindows(window: number, firstWindow: number): { basis: BaselineBasis; windows: number[] } {
  const windows: number[] = [];
  if (window - firstWindow >= BASELINE.historyDaysForHourOfDay * DAY) {
    for (let d = 1; d <= BASELINE.days; d++) {
      const centre = window - d * DAY;
      for (let w = centre - HOUR / 2; w < centre + HOUR / 2; w += WINDOW_SECONDS) if (w >= firstWindow) windows.push(w);
    }
    return { basis: 'hour-of-day', windows };
  }
  const end = window - BASELINE.recentGapMinutes * 60;
  for (let w = window - BASELINE.recentHours * HOUR; w < end; w += WINDOW_SECONDS) if (w >= firstWindow) windows.push(w);
  return { basis: 'recent-hours', windows };
}

export function baselineFor(series: ReadonlyMap<number, number>, window: number, firstWindow: number): { basis: BaselineBasis; mean: number } {
  const { basis, windows } = referenceWindows(window, firstWindow);
  if (windows.length < BASELINE.minReferenceWindows) return { basis: 'none', mean: 0 };
  let sum = 0;
  for (const w of windows) sum += series.get(w) ?? 0;
  return { basis, mean: sum / windows.length };
}

/** Well above the usual level: at least k reports, three times the baseline, and four Poisson deviations over it. */
export function isOutage(reports: number, baseline: number, k: number): boolean {
  return reports >= k && reports >= 3 * baseline && reports - baseline >= 4 * Math.sqrt(Math.max(baseline, 1));
}
