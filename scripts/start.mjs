// npm start [-- --firefox] [-- --headless]
// Builds Detour, serves a few provider-like failure scenarios on this machine, and opens a browser with
// Detour loaded in a fresh temporary profile. Without a display (or with --headless) it visits each
// scenario, prints what Detour diagnosed and its badge, saves popup screenshots to .tmp/screenshots/,
// and exits. With a display it leaves the browser open until you close it (or press Ctrl+C).
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

const { launchChromium } = await import('./lib/launch-chromium.ts');
const { launchFirefox } = await import('./lib/launch-firefox.ts');
const { startScenarioServer } = await import('./lib/scenario-server.ts');
const { SCENARIOS } = await import('./lib/scenarios.ts');
const { waitFor } = await import('./lib/detour-browser.ts');

console.log('Building dist/ …');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startScenarioServer(SCENARIOS);
const launch = useFirefox ? launchFirefox : launchChromium;
const browser = await launch({ dist: join(root, 'dist'), mapHosts: ['*.example'], headless });
console.log(`${browser.name} started with Detour (${headless ? 'headless' : 'window open'}); scenarios on port ${server.port}\n`);

let shuttingDown = false;
async function shutDown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  await browser.close().catch(() => {});
  await server.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

const screenshots = join(root, '.tmp', 'screenshots');
mkdirSync(screenshots, { recursive: true });

for (const scenario of SCENARIOS) {
  const url = server.urlOf(scenario);
  await browser.visit(url);
  // Healthy pages list nothing, so wait a moment for the page's own entry and then take what is there.
  const report = await waitFor(
    `Detour's view of ${url}`,
    async () => {
      const current = await browser.report(url);
      return current.diagnoses.some((entry) => entry.type === 'main_frame') ? current : undefined;
    },
    1500,
  ).catch(() => browser.report(url));
  const page = report.diagnoses.find((entry) => entry.type === 'main_frame')?.diagnosis;
  const got = page ? `${page.provider ?? 'no provider'} / ${page.failure}` : 'nothing listed (healthy)';
  const want = `${scenario.expected.provider ?? 'no provider'} / ${scenario.expected.failure}`;
  const matches = report.badgeText === scenario.expected.badge && (page ? got === want : scenario.expected.failure === 'none');
  const details = page ? [page.status, page.code && `code ${page.code}`, page.pop && `pop ${page.pop}`].filter(Boolean).join(', ') : '';
  console.log(`${matches ? '✓' : '✗'} ${scenario.name.padEnd(22)} ${url}`);
  console.log(`    Detour: ${got}${details ? ` (${details})` : ''}   badge: '${report.badgeText}'`);
  if (!matches) console.log(`    expected: ${want}, badge '${scenario.expected.badge}'`);
  if (headless) {
    const file = join(screenshots, `${browser.name}-${scenario.name}.png`);
    await browser.popup(report.tabId, file);
    console.log(`    popup: ${relative(root, file)}`);
  }
}

if (headless) {
  await shutDown(0);
} else {
  console.log('\nThe browser stays open: click Detour in the toolbar on each tab. Close it or press Ctrl+C to stop.');
  await browser.closed;
  await shutDown(0);
}
