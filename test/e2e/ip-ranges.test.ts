// Published IP ranges end to end in Chromium: pointed at a local stand-in, Detour downloads every
// list from it (and from nowhere else), caches them and attributes a failed connection by its address.
// The stand-in claims loopback for Cloudflare, so a server on 127.0.0.1 that drops every connection reads
// as Cloudflare's edge failing. Firefox reports the server's address on such errors; Chromium (checked:
// refused, reset, empty and invalid responses) reports none, so there only the download and cache are checked.
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser, LaunchOptions } from '../../scripts/lib/detour-browser';
import { launchChromium } from '../../scripts/lib/launch-chromium';
import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { RANGE_SOURCES } from '../../src/core/ipranges';
import { DIST } from './dist-is-fresh';

const POLL = { timeout: 15_000, interval: 200 };
const DROPPING_HOST = 'api.stormpetrel-weather.com';

async function startListStandIn(): Promise<{ server: Server; base: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.url === '/cloudflare-v4') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('127.0.0.0/8\n');
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

const BROWSERS: [string, (options: LaunchOptions) => Promise<DetourBrowser>, boolean][] = [
  ['Chromium', launchChromium, false],
  ['Firefox', launchFirefox, true],
];

describe.for(BROWSERS)('IP range lists in %s', { timeout: 90_000 }, ([, launch, reportsAddress]) => {
  const dropping = createTcpServer((socket) => socket.destroy());
  let lists: Awaited<ReturnType<typeof startListStandIn>>;
  let browser: DetourBrowser | undefined;
  const detour = () => browser as DetourBrowser;

  beforeAll(async () => {
    await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', resolve));
    lists = await startListStandIn();
    browser = await launch({
      dist: DIST, mapHosts: [DROPPING_HOST], headless: true,
      settings: { fetchRangeLists: true, rangeListsBaseUrl: lists.base },
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => dropping.close(resolve));
    await new Promise((resolve) => lists?.server.close(resolve));
  }, 60_000);

  it('downloads every list from the stand-in and caches it in the store', async () => {
    const every = RANGE_SOURCES.map((source) => `/${source.id}`);
    await expect.poll(() => [...lists.asked].sort(), POLL).toEqual([...every].sort());
    const cached = await detour().inExtensionPage(async () => {
      const request = indexedDB.open('detour');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = db.transaction('meta').objectStore('meta').get('ranges:cloudflare-v4');
      const value = await new Promise<unknown>((resolve) => (read.onsuccess = () => resolve(read.result)));
      db.close();
      return value;
    }, null);
    expect(cached).toMatchObject({ value: { text: '127.0.0.0/8\n', fetchedAt: expect.any(Number) } });
  });

  // Only where the browser reports the address (see the top).
  if (reportsAddress) it('attributes a failed connection by its server address', async () => {
    const url = `http://${DROPPING_HOST}:${(dropping.address() as AddressInfo).port}/`;
    await detour().visit(url);
    await expect.poll(async () => (await detour().report(url)).diagnoses[0]?.diagnosis, POLL).toMatchObject({ provider: 'cloudflare', failure: 'edge' });
    const [page] = (await detour().report(url)).diagnoses;
    expect(page?.diagnosis.evidence.join('\n')).toContain("127.0.0.1 is in cloudflare's published edge address ranges");
  });
});
