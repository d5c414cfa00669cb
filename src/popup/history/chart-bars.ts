// The 24-hour chart's geometry, from the 'history-chart' answer: one bar per hour, its providers stacked
// (most failures at the bottom), the five busiest with their own colour and the rest as "other".
import type { HistoryChart } from '../../shared/history-messages';

export const CHART = { width: 240, height: 64, gap: 2, colours: 5 } as const;

/** A provider's place in the legend: its colour slot (0…4, 5 = other) and its total over the span. */
export interface ChartSeries {
  key: string; // the provider id, '' for none recognised, '*' for the rest together
  provider: string | null | 'other';
  slot: number;
  total: number;
  counts: number[];
}

export interface ChartSegment {
  slot: number;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  series: ChartSeries;
}

export interface ChartBar {
  hourStart: number;
  total: number;
  segments: ChartSegment[];
}

export function chartSeries(chart: HistoryChart): ChartSeries[] {
  const hours = chart.series[0]?.counts.length ?? 0;
  const own = chart.series.slice(0, CHART.colours).map((s, slot) => ({ key: s.provider ?? '', provider: s.provider, slot, total: sum(s.counts), counts: s.counts }));
  const rest = chart.series.slice(CHART.colours);
  if (rest.length === 0) return own;
  const counts = Array.from({ length: hours }, (_, hour) => sum(rest.map((s) => s.counts[hour] ?? 0)));
  return [...own, { key: '*', provider: 'other', slot: CHART.colours, total: sum(counts), counts }];
}

export function chartBars(chart: HistoryChart, hours: number): { bars: ChartBar[]; max: number } {
  const series = chartSeries(chart);
  const totals = Array.from({ length: hours }, (_, hour) => sum(series.map((s) => s.counts[hour] ?? 0)));
  const max = Math.max(0, ...totals);
  const slotWidth = CHART.width / hours;
  const bars = totals.map((total, hour): ChartBar => {
    let top = CHART.height;
    const segments = series.flatMap((s): ChartSegment[] => {
      const count = s.counts[hour] ?? 0;
      if (count === 0) return [];
      const height = (count / max) * CHART.height;
      top -= height;
      return [{ slot: s.slot, x: hour * slotWidth + CHART.gap / 2, y: top, width: slotWidth - CHART.gap, height, count, series: s }];
    });
    return { hourStart: chart.start + hour * chart.hourMs, total, segments };
  });
  return { bars, max };
}

const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);
