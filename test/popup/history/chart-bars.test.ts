import { describe, expect, it } from 'vitest';
import { CHART, chartBars, chartSeries } from '../../../src/popup/history/chart-bars';
import type { HistoryChart } from '../../../src/shared/history-messages';

const HOUR = 3_600_000;
const chart = (series: HistoryChart['series']): HistoryChart => ({ start: 100 * HOUR, hourMs: HOUR, series, providers: [] });

describe('chartSeries', () => {
  it('keeps the five busiest providers, in the order given, and adds the rest up as "other"', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', null].map((provider, i) => ({ provider, counts: [7 - i, 1, 0] }));
    const series = chartSeries(chart(many));
    expect(series.map((s) => [s.key, s.slot, s.total])).toEqual([['a', 0, 8], ['b', 1, 7], ['c', 2, 6], ['d', 3, 5], ['e', 4, 4], ['*', 5, 5]]);
    expect(series[5]).toMatchObject({ provider: 'other', counts: [3, 2, 0] });
    expect(chartSeries(chart([{ provider: null, counts: [1] }]))[0]).toMatchObject({ key: '', provider: null, slot: 0 });
  });
});

describe('chartBars', () => {
  it('stacks each hour bottom up, scaled to the busiest hour, with the hour it starts', () => {
    const { bars, max } = chartBars(chart([{ provider: 'cloudflare', counts: [2, 0, 1] }, { provider: 'aws', counts: [2, 0, 0] }]), 3);
    expect(max).toBe(4);
    expect(bars.map((bar) => [bar.hourStart, bar.total, bar.segments.length])).toEqual([[100 * HOUR, 4, 2], [101 * HOUR, 0, 0], [102 * HOUR, 1, 1]]);
    const [cloudflare, aws] = bars[0]!.segments;
    expect(cloudflare).toMatchObject({ slot: 0, y: CHART.height / 2, height: CHART.height / 2, count: 2 });
    expect(aws).toMatchObject({ slot: 1, y: 0, height: CHART.height / 2, count: 2 });
    const slot = CHART.width / 3;
    expect(bars[2]!.segments[0]).toMatchObject({ x: 2 * slot + CHART.gap / 2, width: slot - CHART.gap, y: CHART.height * 0.75, height: CHART.height / 4 });
  });

  it('no failures: empty bars, nothing divided by zero', () => {
    const { bars, max } = chartBars(chart([]), 24);
    expect(max).toBe(0);
    expect(bars).toHaveLength(24);
    expect(bars.every((bar) => bar.segments.length === 0 && bar.total === 0)).toBe(true);
  });
});
