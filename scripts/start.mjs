// npm start [-- --firefox] [-- --headless]
// Builds Detour, starts the outage simulator (the scenarios of `npm run simulate`), and opens Chromium (or
// Firefox) with Detour in a fresh temporary profile, the scenario hosts mapped to the simulator.
// Headless (no display, or --headless): the outage tour. It visits each scenario, prints a table of what
// Detour diagnosed and its badge, saves a popup screenshot per scenario to .tmp/screenshots/<browser>/, and
// exits 0 (1 if the browser or Detour could not start). With a display it opens every scenario in a tab
// and leaves the browser open until you close it (or press Ctrl+C).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register(); // lets this plain-Node script import the TypeScript harness shared with the E2E tests

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const useFirefox = args.has('--firefox');
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const { launchChromium } = await import('./lib/launch-chromium');
const { launchFirefox } = await import('./lib/launch-firefox');
const { startScenarioServer } = await import('./lib/scenario-server');
const { startMirrorStandIns } = await import('./lib/mirror-stand-ins');
const { SCENARIOS, scenarioHosts } = await import('./lib/scenarios');
const { scenarioList } = await import('./lib/simulator-guide');
const { tourScenario } = await import('./lib/outage-tour');
const { captureTable, tourTable } = await import('./lib/tour-table');
const { captureProblems, captureScenarios } = await import('./lib/capture-scenarios');
const CAPTURES = captureScenarios();

console.log('Building dist/ …');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

// The simulator also plays back real captured failures (test/captures/) on the hosts they were recorded for.
const server = await startScenarioServer([...SCENARIOS, ...CAPTURES]);
// The archives, resolver and gateways the popup's mirror suggestions ask, played by local stand-ins (no
// request leaves this machine; a clicked suggestion opens the stand-in's page).
const standIns = await startMirrorStandIns();
const launch = useFirefox ? launchFirefox : launchChromium;
let browser;
try {
  browser = await launch({
    dist: process.env.DETOUR_DIST ?? join(root, 'dist'),
    mapHosts: scenarioHosts([...SCENARIOS, ...CAPTURES]),
    headless,
    httpsProxyPort: standIns.proxyPort,
    settings: standIns.settings,
  });
} catch (error) {
  console.error(`Could not start ${useFirefox ? 'Firefox' : 'Chromium'} with Detour: ${error instanceof Error ? error.message : error}`);
  await server.close();
  await standIns.close();
  process.exit(1);
}
console.log(`${browser.name} started with Detour (${headless ? 'headless' : 'window open'}); simulator on 127.0.0.1:${server.port}\n`);

let shuttingDown = false;
async function shutDown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  await browser.close().catch(() => {});
  await server.close();
  await standIns.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

const screenshotDir = headless ? join(root, '.tmp', 'screenshots', browser.name) : undefined;
if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });

console.log(headless ? 'Outage tour:' : 'Opening every scenario in a tab:');
console.log(`${scenarioList(server, SCENARIOS)}\n`);
const stops = [];
for (const scenario of SCENARIOS) {
  const stop = await tourScenario(browser, server, scenario, { screenshotDir });
  process.stdout.write(`${stop.error || stop.problems.length > 0 ? '✗' : '✓'} ${scenario.name}\n`);
  stops.push(stop);
}
console.log(`\nWhat Detour diagnosed in ${browser.name}:\n\n${tourTable(stops)}`);

console.log(`\nReal failures from public bug reports (test/captures/), served with their recorded status, headers and page:`);
const captureStops = [];
for (const scenario of CAPTURES) {
  const stop = await tourScenario(browser, server, scenario, { screenshotDir });
  const problems = stop.report ? captureProblems(scenario, stop.report) : [];
  process.stdout.write(`${stop.error || problems.length > 0 ? '✗' : '✓'} ${scenario.capture.id}\n`);
  captureStops.push({ stop, capture: scenario.capture, problems });
}
console.log(`\n${captureTable(captureStops)}`);
if (screenshotDir) console.log(`\nPopup screenshots: ${relative(root, screenshotDir)}/<scenario>.png and <scenario>-dark.png`);

if (headless) {
  await shutDown(0);
} else {
  console.log('\nThe browser stays open: click Detour in the toolbar on each tab. Close it or press Ctrl+C to stop.');
  await browser.closed;
  await shutDown(0);
}
