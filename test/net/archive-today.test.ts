// lookupArchiveToday against a stand-in /newest/<url>: the redirect is read, not followed; a redirect
// elsewhere, a CAPTCHA, a timeout; and the browser's opaque redirect through a fake fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupArchiveToday } from '../../src/net/mirrors';
import { answeredFrom } from './mirror-stand-ins';
import { worded } from './worded';
import { startStandIn, type StandIn } from './stand-in-server';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(net));

const PAGE = 'https://docs.example/guide';
const redirect = (location: string) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(302, { location }).end();

let server: StandIn;
beforeAll(async () => {
  server = await startStandIn({
    [`/ok/newest/${PAGE}`]: redirect('https://archive.ph/AbCdE'),
    [`/relative/newest/${PAGE}`]: redirect('/XyZ12'),
    '/XyZ12': { type: 'text/html', body: '<h1>snapshot</h1>' },
    [`/js/newest/${PAGE}`]: redirect('javascript:alert(document.cookie)'),
    [`/elsewhere/newest/${PAGE}`]: redirect('https://evil.example/AbCdE'),
    [`/nolocation/newest/${PAGE}`]: (_req, res) => res.writeHead(302).end(),
    [`/missing/newest/${PAGE}`]: { status: 404, type: 'text/html', body: 'No results' },
    [`/captcha/newest/${PAGE}`]: { status: 429, type: 'text/html', body: '<form>captcha</form>' },
    [`/hang/newest/${PAGE}`]: 'hang',
  });
});
afterAll(() => server.close());

const lookup = (base: string, timeoutMs = 2000) => lookupArchiveToday(PAGE, fetch, { baseUrl: server.url(base), timeoutMs });

describe('lookupArchiveToday', () => {
  it('reads the newest snapshot from the Location without following it', async () => {
    expect(worded(await lookup('/ok'))).toEqual({ status: 'found', url: 'https://archive.ph/AbCdE' });
    expect(worded(await lookup('/relative'))).toEqual({ status: 'found', url: server.url('/XyZ12') });
    expect(server.hits('/XyZ12')).toBe(0);
  });

  it('refuses a redirect to javascript: or to another site', async () => {
    expect(worded(await lookup('/js'))).toMatchObject({ status: 'error', error: expect.stringMatching(/redirected away from archive\.today \(javascript:/) as unknown as string });
    expect(worded(await lookup('/elsewhere'))).toMatchObject({ status: 'error', error: expect.stringMatching(/redirected away from archive\.today \(https:\/\/evil\.example\)/) as unknown as string });
    expect(worded(await lookup('/nolocation'))).toMatchObject({ status: 'error', error: expect.stringMatching(/HTTP 302 without a Location$/) as unknown as string });
  });

  it('tells nothing archived, a CAPTCHA and a timeout apart', async () => {
    expect(worded(await lookup('/missing'))).toEqual({ status: 'none' });
    expect(worded(await lookup('/captcha'))).toMatchObject({ status: 'error', error: expect.stringMatching(/asks for a CAPTCHA \(HTTP 429\)$/) as unknown as string });
    expect(worded(await lookup('/hang', 300))).toMatchObject({ status: 'error', error: expect.stringMatching(/did not answer within 300 ms$/) as unknown as string });
  });

  it("in a browser (opaque redirect) follows once and keeps the final URL, body unread", async () => {
    const calls: RequestInit[] = [];
    let cancelled = false;
    const fake = (async (_url: string, init?: RequestInit) => {
      calls.push(init ?? {});
      if (init?.redirect === 'manual') return { type: 'opaqueredirect', status: 0, url: '', headers: new Headers(), body: null } as unknown as Response;
      const response = answeredFrom('https://archive.ph/AbCdE', '<html>snapshot</html>');
      const cancel = response.body?.cancel.bind(response.body);
      if (response.body !== null) response.body.cancel = async (reason?: unknown) => { cancelled = true; return cancel?.(reason); };
      return response;
    }) as typeof fetch;
    expect(await lookupArchiveToday(PAGE, fake, { timeoutMs: 1000 })).toEqual({ status: 'found', url: 'https://archive.ph/AbCdE' });
    expect(calls.map((c) => [c.redirect, c.credentials])).toEqual([['manual', 'omit'], ['follow', 'omit']]);
    expect(cancelled).toBe(true);
  });
});
