// The public page: current and recent provider outages and a chart per provider, all server-rendered.
// Every value from the database goes through html`` (escaped); the page has no script at all.
import type { Bucket } from '../db/report-store';
import type { Outages } from '../outages/query-outages';
import { providerChart } from './chart';
import { outageEpisodes } from './episodes';
import { html, type SafeHtml } from './html';
import { dayAndTime, hhmm } from './time';

const HOUR = 3600;

function breakdown(buckets: readonly Bucket[]): SafeHtml {
  if (buckets.length === 0) return html`<p class="quiet">No breakdown reported by enough people in the last hour.</p>`;
  const rows = buckets.map(
    (b) => html`<tr><td>${hhmm(b.window)}</td><td>${b.service ?? '—'}</td><td>${b.failure ?? '—'}</td><td>${b.pop ?? '—'}</td><td>${b.domain ?? '—'}</td><td class="num">${b.reports}</td></tr>`,
  );
  return html`<table><thead><tr><th>UTC</th><th>Service</th><th>Failure</th><th>Edge</th><th>Domain</th><th class="num">Reports</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderDashboard(outages: Outages, nowSeconds: number): string {
  const { providers, k } = outages;
  const current = providers.filter((p) => p.outageNow);
  const episodes = providers.flatMap(outageEpisodes).sort((a, b) => b.start - a.start);
  const lastHour = outages.to - HOUR;
  const sections = providers.map((p) => {
    const recent = outages.buckets
      .filter((b) => b.provider === p.provider && b.window >= lastHour)
      .sort((a, b) => b.reports - a.reports)
      .slice(0, 10);
    return html`<section class="provider"><h2>${p.provider} ${p.outageNow ? html`<span class="badge">outage now</span>` : ''}</h2>
${providerChart(p, outages.from, outages.to)}
${breakdown(recent)}</section>`;
  });
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="60"><title>Detour — provider outages</title><link rel="stylesheet" href="/dashboard.css"></head>
<body><header><h1>Provider outages</h1>
<p>Anonymous failure reports from Detour users who chose to share them, per 5-minute window. Every count is of people (distinct senders), not reports; a count under ${k} is never shown. Updated ${dayAndTime(nowSeconds - (nowSeconds % 60))} UTC.</p></header>
<main><section><h2>Now</h2>${
    current.length === 0
      ? html`<p class="quiet">No provider outage in the last 15 minutes.</p>`
      : html`<ul>${current.map((p) => html`<li><strong>${p.provider}</strong>: ${p.windows.at(-1)?.reports ?? 0} people reporting in the last window</li>`)}</ul>`
  }</section>
<section><h2>Recent outages (24 hours)</h2>${
    episodes.length === 0
      ? html`<p class="quiet">None.</p>`
      : html`<ul>${episodes.map((e) => html`<li><strong>${e.provider}</strong>: ${dayAndTime(e.start)}–${hhmm(e.end)} UTC, peak ${e.peak} people reporting in 5 minutes (usually ${e.baseline})</li>`)}</ul>`
  }</section>
${sections.length === 0 ? html`<p class="quiet">No provider was reported by ${k} or more people in any window of the last 24 hours.</p>` : sections}
</main><footer><p>An outage is a window well above the provider's usual level: ${outages.baseline}. The data: <a href="/v1/outages">/v1/outages</a>.</p></footer></body></html>
`;
  return page.text;
}
