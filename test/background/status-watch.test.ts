import { beforeAll, describe, expect, it } from 'vitest';
import { statusWatch } from '../../src/background/status-watch';
import { OUTAGE_DEFAULTS, type OutageSettings } from '../../src/shared/outage-settings';
import { CLOUDFLARE_1118 } from '../core/status/feeds';
import outage from '../../src/locales/en/outage.json';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';
import { edgeFailure, settled } from './outage-setup';

beforeAll(() => useCatalogs(outage, net));

function setup(settings: OutageSettings, answer: () => Response) {
  const asked: string[] = [];
  let now = Date.UTC(2025, 10, 18, 12, 5);
  const watch = statusWatch({
    fetch: (async (input: string | URL | Request) => {
      asked.push(String(input));
      return answer();
    }) as typeof fetch,
    settings: async () => settings,
    now: () => now,
  });
  return { watch, asked, later: (ms: number) => (now += ms) };
}

describe('statusWatch', () => {
  it("fetches a provider's feed from the stand-in at most once a minute and says it in one line", async () => {
    const { watch, asked, later } = setup({ ...OUTAGE_DEFAULTS, statusFeedsBaseUrl: 'http://127.0.0.1:9/' }, () => Response.json(CLOUDFLARE_1118));
    watch.touch('cloudflare');
    watch.touch('cloudflare');
    expect(await watch.line('cloudflare', 'FRA')).toBe(
      "Cloudflare status: major outage — 'Cloudflare Global Network experiencing issues' (since 11:48 UTC) and 1 more; Frankfurt, Germany - (FRA): partial outage",
    );
    expect(asked).toEqual(['http://127.0.0.1:9/cloudflare']);
    later(61_000);
    await watch.line('cloudflare');
    expect(asked).toHaveLength(2);
  });

  it('says so when the status page cannot be reached, and has nothing for providers without a feed', async () => {
    const { watch } = setup(OUTAGE_DEFAULTS, () => new Response('', { status: 502 }));
    expect(await watch.line('cloudflare')).toBe("Cloudflare's status page could not be reached (www.cloudflarestatus.com answered HTTP 502)");
    expect(await watch.line('heroku')).toBeUndefined();
  });

  it("asks for the provider's status page only for a failure it really answered", async () => {
    const { watch, asked } = setup({ ...OUTAGE_DEFAULTS, statusFeedsBaseUrl: 'http://status.test' }, () => Response.json(CLOUDFLARE_1118));
    watch.failed(edgeFailure(0, 'a.com', { corroborated: 'nothing' }));
    watch.failed({ ...edgeFailure(1, 'b.org', { failure: 'block' }) });
    await settled();
    expect(asked).toEqual([]);
    watch.failed(edgeFailure(2, 'c.net'));
    await settled();
    expect(asked).toEqual(['http://status.test/cloudflare']);
  });

  it('fetches nothing when status pages are switched off', async () => {
    const { watch, asked } = setup({ ...OUTAGE_DEFAULTS, fetchStatusPages: false }, () => Response.json({}));
    watch.touch('cloudflare');
    expect(await watch.line('cloudflare')).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
