// Real page loads replayed (test/har): each recorded answer is served with its recorded status and
// headers on its own host, the page requests each part as the kind of element it was, and Detour's badge and
// headline must tell the HAR's own story — quiet for a page that loaded (other sites' noise included), lit and
// naming the provider for a page whose document or own requests failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser, LaunchOptions } from '../../scripts/lib/detour-browser';
import { type ReplayResult, type ReplayServer, readHarSources, replayRates, runReplay, startReplayServer } from '../../scripts/lib/har-replay';
import { launchChromium } from '../../scripts/lib/launch-chromium';
import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { DIST } from './dist-is-fresh';

const SOURCES = readHarSources();

function replaySuite(name: string, launch: (options: LaunchOptions) => Promise<DetourBrowser>): void {
  describe(`real page loads replayed in ${name}`, { timeout: 90_000 }, () => {
    let server: ReplayServer;
    let browser: DetourBrowser | undefined;
    const results: ReplayResult[] = [];

    beforeAll(async () => {
      server = await startReplayServer(SOURCES);
      browser = await launch({ dist: DIST, mapHosts: ['har-replay.invalid'], headless: true, httpsProxyPort: server.proxyPort });
    }, 60_000);

    afterAll(async () => {
      const rates = replayRates(results);
      console.log(`${name}: false alarms ${rates.falseAlarms}/${rates.quietLoads} page loads that loaded, misses ${rates.misses}/${rates.brokenLoads} broken page loads`);
      await browser?.close();
      await server?.close();
    }, 60_000);

    it.for(SOURCES.map((source) => [source.file, source] as const))('tells the story of %s', async ([, source]) => {
      const replay = server.replays.find((r) => r.source.file === source.file);
      if (replay === undefined) throw new Error(`no replay for ${source.file}`);
      const result = await runReplay(browser as DetourBrowser, server, replay);
      results.push(result);
      expect(result, `badge "${result.badge}", headline "${result.headline}" — want ${source.expect.badge}${source.expect.provider ? ` naming ${source.expect.provider}` : ""}: ${source.expect.why}`).toMatchObject({ right: true });
    });
  });
}

replaySuite('Chromium', launchChromium);
replaySuite('Firefox', launchFirefox);
