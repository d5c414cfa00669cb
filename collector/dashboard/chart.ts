// How many people reported a provider per 5-minute window, as an inline SVG bar chart (no script), with
// a mark at the baseline of each shown window. Windows under k people are suppressed and drawn as nothing.
import { WINDOW_SECONDS } from '../../src/core/report';
import type { ProviderSummary } from '../outages/summarize';
import { html, type SafeHtml } from './html';
import { hhmm } from './time';

const HEIGHT = 90;
const TOP = 12;
const BAR = 2;

export function providerChart(summary: ProviderSummary, from: number, to: number): SafeHtml {
  const slots = Math.max(1, Math.round((to - from) / WINDOW_SECONDS));
  const width = slots * BAR;
  const max = Math.max(1, ...summary.windows.map((w) => Math.max(w.reports, w.baseline)));
  const y = (value: number): number => Math.round((HEIGHT - (value / max) * (HEIGHT - TOP)) * 10) / 10;
  const bars = summary.windows.map((w) => {
    const x = ((w.window - from) / WINDOW_SECONDS) * BAR;
    const label = `${hhmm(w.window)} UTC: ${w.reports} people reporting (usual ${w.baseline})${w.outage ? ' — outage' : ''}`;
    return html`<rect class="${w.outage ? 'bar outage' : 'bar'}" x="${x}" y="${y(w.reports)}" width="${BAR}" height="${HEIGHT - y(w.reports)}"><title>${label}</title></rect><line class="baseline" x1="${x}" x2="${x + BAR}" y1="${y(w.baseline)}" y2="${y(w.baseline)}"></line>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${HEIGHT + 14}" width="${width}" height="${HEIGHT + 14}" role="img" aria-label="${`Reports per 5 minutes for ${summary.provider}`}">
<line class="axis" x1="0" x2="${width}" y1="${HEIGHT}" y2="${HEIGHT}"></line>
<text class="label" x="0" y="9">${max}</text>
${bars}
<text class="label" x="0" y="${HEIGHT + 12}">${hhmm(from)}</text>
<text class="label end" x="${width}" y="${HEIGHT + 12}">${hhmm(to)} UTC</text>
</svg>`;
}
