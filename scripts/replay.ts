// `npm run replay [-- --dist <dir>] [--firefox]`: replays the real page loads of test/har in a headless browser
// with Detour loaded and prints, for each, the badge and headline beside the HAR's own story, then the false
// alarms (a page that loaded, shown with a lit badge or a failure headline) and the misses (a broken load left
// quiet, or blamed on the wrong provider). --dist points at another build (e.g. an older commit's) to compare.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DetourBrowser } from './lib/detour-browser';
import { readHarSources, replayRates, runReplay, startReplayServer, type ReplayResult } from './lib/har-replay';
import { launchChromium } from './lib/launch-chromium';
import { launchFirefox } from './lib/launch-firefox';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, firefox: { type: 'boolean', default: false } } });
const server = await startReplayServer(readHarSources());
const launch = values.firefox ? launchFirefox : launchChromium;
let browser: DetourBrowser | undefined;
try {
  browser = await launch({ dist: resolve(values.dist), mapHosts: ['har-replay.invalid'], headless: true, httpsProxyPort: server.proxyPort });
  const results: ReplayResult[] = [];
  for (const replay of server.replays) {
    const result = await runReplay(browser, server, replay);
    results.push(result);
    const want = result.expect.badge === 'lit' ? `lit, ${result.expect.provider ?? 'no provider'}` : 'quiet';
    console.log(`${result.right ? 'ok  ' : 'MISS'} ${result.id.slice(0, 52).padEnd(52)} ${result.story.padEnd(7)} want ${want.padEnd(16)} badge ${JSON.stringify(result.badge).padEnd(5)} ${result.headline.slice(0, 90)}`);
  }
  const lit = results.filter((r) => r.expect.badge === 'quiet' && r.badge !== '').length;
  const rates = replayRates(results);
  console.log(`\n${browser.name}, ${values.dist}: ${results.length} real page loads replayed`);
  console.log(`false alarms: ${rates.falseAlarms}/${rates.quietLoads} loads that loaded were shown as failing (${lit} with a lit badge)`);
  console.log(`misses: ${rates.misses}/${rates.brokenLoads} broken loads were left quiet or blamed on the wrong provider`);
} finally {
  await browser?.close();
  await server.close();
}
