// Failures per provider over the last 24 hours: stacked SVG bars (hidden from screen readers, which get
// the same numbers as a table), a legend, and a one-line summary.
import { t } from '../../shared/i18n';
import { CHART_HOURS, type HistoryChart as ChartData } from '../../shared/history-messages';
import { CHART, chartBars, chartSeries } from './chart-bars';
import { hourLabel, providerLabel } from './history-labels';

export function HistoryChart({ chart }: { chart: ChartData }) {
  const hours = chart.series[0]?.counts.length ?? CHART_HOURS;
  const { bars, max } = chartBars(chart, hours);
  const series = chartSeries(chart);
  const total = series.reduce((sum, s) => sum + s.total, 0);
  const busy = bars.map((bar, hour) => ({ bar, hour })).filter(({ bar }) => bar.total > 0);
  return (
    <figure id="history-chart" class="history-chart" aria-labelledby="history-chart-title">
      <figcaption id="history-chart-title">{t('historyChartTitle')}</figcaption>
      {total === 0 ? (
        <p class="history-chart-empty">{t('historyChartEmpty')}</p>
      ) : (
        <>
          <p class="history-chart-summary">{t('historyChartSummary', total, max)}</p>
          <svg viewBox={`0 0 ${CHART.width} ${CHART.height + 12}`} aria-hidden="true" focusable="false">
            <line class="axis" x1="0" x2={CHART.width} y1={CHART.height + 0.5} y2={CHART.height + 0.5} />
            {bars.map((bar) =>
              bar.segments.map((segment) => (
                <rect key={`${bar.hourStart}-${segment.slot}`} class={`slot-${segment.slot}`} x={segment.x} y={segment.y} width={segment.width} height={segment.height}>
                  <title>{t('historyChartBar', `${hourLabel(bar.hourStart)} ${providerLabel(segment.series.provider)}`, segment.count)}</title>
                </rect>
              )),
            )}
            {bars.map((bar, hour) =>
              hour % 6 === 0 ? (
                <text key={bar.hourStart} class="tick" x={(hour * CHART.width) / hours} y={CHART.height + 10}>
                  {hourLabel(bar.hourStart)}
                </text>
              ) : null,
            )}
          </svg>
          <ul class="history-legend" aria-hidden="true">
            {series.map((s) => (
              <li key={s.key}>
                <span class={`swatch slot-${s.slot}`} />
                {t('historyChartLegend', providerLabel(s.provider), s.total)}
              </li>
            ))}
          </ul>
          {/* Hidden by a wrapper: Firefox draws a table's caption outside the table box, where its clip does not reach. */}
          <div class="visually-hidden">
            <table>
              <caption>{t('historyChartTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('historyChartHour')}</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col">
                      {providerLabel(s.provider)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {busy.map(({ bar, hour }) => (
                  <tr key={bar.hourStart}>
                    <th scope="row">{hourLabel(bar.hourStart)}</th>
                    {series.map((s) => (
                      <td key={s.key}>{s.counts[hour] ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
