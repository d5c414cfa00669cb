// npm run bench: times the hot path and writes bench/results.json ({ name: { median, p99, unit } }).
// `npm run bench -- --only <part>` runs one part of the built extension's figures (bundle, page-load, popup)
// and updates only its entries in results.json; `--popup` is `--only popup`; `--core` skips the browser runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../src/core/classify';
import type { Observation } from '../src/core/types';
import { failingMix, healthyMix, hostileMix } from './classify-mix';
import { measure, type Figure } from './measure';
import { backgroundBundleKiB, benchDomainLibraries, type DomainLibraryFigures } from './bundle-size';
import { benchRangesAndIncidents } from './ranges-and-incidents';
import { benchOutageWiring } from './outage-wiring';
import { benchTabFlood } from './tab-flood';
import { benchPageLoad, type PageLoadResults } from './page-load';
import { benchPopupVerdict, type PopupFigures } from './popup-verdict';
import { observationOf, readCaptures } from '../scripts/lib/captures';

function reportPopup(popup: PopupFigures): void {
  const { warm, coldWorker, history } = popup;
  console.log(`popup time to verdict (${popup.selector}), ${popup.storedFailures} failures stored, ${popup.opens} opens: median ${warm.medianMs} ms, p95 ${warm.p95Ms} ms with the worker running; median ${coldWorker.medianMs} ms, p95 ${coldWorker.p95Ms} ms with it stopped first`);
  console.log(`  of which the popup's own scripts (to DOMContentLoaded; it asks for the tab's failures while they run): median ${warm.scriptsMs} ms and ${coldWorker.scriptsMs} ms`);
  console.log(`  a page that shows a fixed #verdict at once, opened in turn (the browser's own cost here, now): median ${popup.floor.medianMs} ms, p95 ${popup.floor.p95Ms} ms`);
  console.log(`  history view, ${history.opens} opens: first page median ${history.list.medianMs} ms, p95 ${history.list.p95Ms} ms; 24-hour chart median ${history.chart.medianMs} ms, p95 ${history.chart.p95Ms} ms`);
}

function reportBundle(kib: number, domain: DomainLibraryFigures, dist: string): void {
  console.log(`background bundle      ${kib} KiB (${dist}); of which ${domain.shipped}'s getDomain and its list ≈ ${domain.shippedKiB} KiB (${domain.shippedShare} of it)`);
  console.log('  registrable-domain libraries in package.json, bundled alone (minified, gzip), disagreements with tldts on the repo\'s hosts (ICANN only / private on), getDomain calls a second:');
  for (const c of domain.candidates) console.log(`  ${c.name.padEnd(20)} ${String(c.minKiB).padStart(6)} KiB, ${String(c.gzipKiB).padStart(5)} KiB gzip; ${c.disagreements.icann} / ${c.disagreements.private} of ${domain.hosts}; ${c.opsPerSecond.icann.toLocaleString('en')} / ${c.opsPerSecond.private.toLocaleString('en')} /s`);
}

function reportPageLoad({ flood: load, realistic: real }: PageLoadResults): void {
  console.log(`page load, 300 subresources, ${load.pairs} rounds: median ${load.withMedianMs} ms with Detour, ${load.withoutMedianMs} ms without, median ratio ${load.medianRatio}`);
  console.log(`  an extension with do-nothing webRequest listeners, same rounds: median ratio ${load.noopListenerRatio} (the browser's own cost of delivering the events)`);
  console.log(`  the same without 'extraHeaders': median ratio ${load.noopWithoutExtraHeadersRatio} (Detour needs extraHeaders: without it Chromium's ORB hides failing cross-origin images' headers)`);
  console.log(`realistic page, ${real.subresources} subresources from ${real.hosts} hosts, ${real.latencyMs} ms per answer, ${real.rounds} rounds: median ${real.withMedianMs} ms with Detour, ${real.noopMedianMs} ms with do-nothing listeners, ${real.withoutMedianMs} ms without`);
  console.log(`  median ratio to no extension: Detour ${real.medianRatio}, do-nothing listeners ${real.noopListenerRatio}; Detour's own cost (Detour − do-nothing, per round): median ${real.ownCostMs} ms a page (quartiles ${real.ownCostQuartilesMs.join(' and ')} ms), ${real.ownCostRatio} of the page's load without an extension`);
  console.log(`worker heap after 10,000 observed responses: ${load.workerHeapMiB ?? 'not measured'} MiB`);
}

const dist = process.env.DETOUR_DIST ?? join(import.meta.dirname, '..', 'dist');
const resultsPath = join(import.meta.dirname, 'results.json');
const onlyAt = process.argv.indexOf('--only');
const only = process.argv.includes('--popup') ? 'popup' : onlyAt === -1 ? undefined : (process.argv[onlyAt + 1] ?? '');

/** One part of the extension's figures, measured and reported; its entries for results.json' extension. */
async function part(name: string): Promise<Record<string, unknown>> {
  if (name === 'bundle') {
    const kib = backgroundBundleKiB(dist);
    const domain = await benchDomainLibraries(kib);
    reportBundle(kib, domain, dist);
    return { backgroundBundleKiB: kib, registrableDomain: domain };
  }
  if (name === 'page-load') {
    const load = await benchPageLoad(dist, 20, 30);
    reportPageLoad(load);
    return { pageLoad: load.flood, realisticPageLoad: load.realistic };
  }
  if (name === 'popup') {
    const popup = await benchPopupVerdict(dist);
    reportPopup(popup);
    return { popupVerdict: popup };
  }
  throw new Error(`--only takes bundle, page-load or popup, not ${name}`);
}

if (only !== undefined) {
  const figures = await part(only);
  const saved = JSON.parse(readFileSync(resultsPath, 'utf8')) as { extension?: Record<string, unknown> };
  writeFileSync(resultsPath, `${JSON.stringify({ ...saved, extension: { ...saved.extension, ...figures } }, null, 2)}\n`);
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
const extension: Record<string, unknown> = await part('bundle');
if (!process.argv.includes('--core')) for (const name of ['page-load', 'popup']) Object.assign(extension, await part(name));
writeFileSync(resultsPath, `${JSON.stringify({ ...results, extension }, null, 2)}\n`);
