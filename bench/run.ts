// npm run bench: times the hot path and writes bench/results.json ({ name: { median, p99, unit } }).
// `npm run bench -- --popup` runs only the popup's time to verdict and updates its entry in results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../src/core/classify';
import type { Observation } from '../src/core/types';
import { failingMix, healthyMix, hostileMix } from './classify-mix';
import { measure, type Figure } from './measure';
import { backgroundBundleKiB } from './bundle-size';
import { benchRangesAndIncidents } from './ranges-and-incidents';
import { benchOutageWiring } from './outage-wiring';
import { benchTabFlood } from './tab-flood';
import { benchPageLoad } from './page-load';
import { benchPopupVerdict, type PopupFigures } from './popup-verdict';
import { observationOf, readCaptures } from '../scripts/lib/captures';

function reportPopup(popup: PopupFigures): void {
  const { warm, coldWorker, history } = popup;
  console.log(`popup time to verdict (${popup.selector}), ${popup.storedFailures} failures stored, ${popup.opens} opens: median ${warm.medianMs} ms, p95 ${warm.p95Ms} ms with the worker running; median ${coldWorker.medianMs} ms, p95 ${coldWorker.p95Ms} ms with it stopped first`);
  console.log(`  of which the popup's own scripts (to DOMContentLoaded; it asks for the tab's failures while they run): median ${warm.scriptsMs} ms and ${coldWorker.scriptsMs} ms`);
  console.log(`  a page that shows a fixed #verdict at once, opened in turn (the browser's own cost here, now): median ${popup.floor.medianMs} ms, p95 ${popup.floor.p95Ms} ms`);
  console.log(`  history view, ${history.opens} opens: first page median ${history.list.medianMs} ms, p95 ${history.list.p95Ms} ms; 24-hour chart median ${history.chart.medianMs} ms, p95 ${history.chart.p95Ms} ms`);
}

if (process.argv.includes('--popup')) {
  const dist = process.env.DETOUR_DIST ?? join(import.meta.dirname, '..', 'dist');
  const popup = await benchPopupVerdict(dist);
  reportPopup(popup);
  const path = join(import.meta.dirname, 'results.json');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { extension?: Record<string, unknown> };
  writeFileSync(path, `${JSON.stringify({ ...saved, extension: { ...saved.extension, popupVerdict: popup } }, null, 2)}\n`);
  process.exit(0);
}

const results: Record<string, Figure | { median: number; p99: number; unit: 'ns' | 'ms' }> = {};
/** A new details object, as webRequest builds one per event (strings are shared, as the browser's are interned). */
const copy = (o: Observation): Observation => ({ ...o, responseHeaders: o.responseHeaders?.map((h) => ({ name: h.name, value: h.value })) });
const healthy = healthyMix(5000);
const failing = failingMix();
const hostile = hostileMix();
const mix = [...healthy.slice(0, 900), ...failing.slice(0, 90), ...hostile.slice(0, 10)];
const captured = readCaptures().captures.map(observationOf); // the real failures of test/captures

for (let i = 0; i < 200_000; i++) classify(healthy[i % healthy.length]!); // warm the JIT
for (let i = 0; i < 50_000; i++) classify(failing[i % failing.length]!);

const fresh = (list: Observation[]) => (i: number): Observation => copy(list[i % list.length]!);
results['classify.healthy'] = measure(fresh(healthy), classify, 200_000);
results['classify.failing'] = measure(fresh(failing), classify, 50_000);
results['classify.hostile'] = measure(fresh(hostile), classify, 3_000);
results['classify.mix'] = measure(fresh(mix), classify, 100_000);
results['classify.captures'] = measure(fresh(captured), classify, 50_000);

Object.assign(results, benchRangesAndIncidents());
Object.assign(results, benchOutageWiring());
Object.assign(results, benchTabFlood());
for (const [name, f] of Object.entries(results)) console.log(`${name.padEnd(26)} median ${String(f.median).padStart(8)} ${f.unit}   p99 ${String(f.p99).padStart(8)} ${f.unit}`);
console.log(`(${failing.length} failing fixtures, ${captured.length} real captured failures, ${healthy.length} healthy responses with 10–40 headers, ${hostile.length} hostile inputs)`);

// The built extension: bundle size, then page loads with and without it in real headless Chromium.
const dist = process.env.DETOUR_DIST ?? join(import.meta.dirname, '..', 'dist');
const extension: Record<string, unknown> = { backgroundBundleKiB: backgroundBundleKiB(dist) };
console.log(`background bundle      ${extension.backgroundBundleKiB} KiB (${dist})`);
if (!process.argv.includes('--core')) {
  const load = await benchPageLoad(dist, 20);
  extension.pageLoad = load;
  console.log(`page load, 300 subresources, ${load.pairs} rounds: median ${load.withMedianMs} ms with Detour, ${load.withoutMedianMs} ms without, median ratio ${load.medianRatio}`);
  console.log(`  an extension with do-nothing webRequest listeners, same rounds: median ratio ${load.noopListenerRatio} (the browser's own cost of delivering the events)`);
  console.log(`  the same without 'extraHeaders': median ratio ${load.noopWithoutExtraHeadersRatio} (Detour needs extraHeaders: without it Chromium's ORB hides failing cross-origin images' headers)`);
  console.log(`worker heap after 10,000 observed responses: ${load.workerHeapMiB ?? 'not measured'} MiB`);
  extension.popupVerdict = await benchPopupVerdict(dist);
  reportPopup(extension.popupVerdict as PopupFigures);
}
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ ...results, extension }, null, 2)}\n`);
