// PRIVACY.md against the code: every field a report discloses, every host a network client contacts (or
// resolves) with the default settings, and the retention figures it states. The hosts are collected from the
// code — the settings' defaults and the URLs the clients themselves ask for — never from a list kept here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rangeLists } from '../../src/background/range-lists';
import { statusWatch } from '../../src/background/status-watch';
import { PROVIDERS } from '../../src/core/providers';
import { DISCLOSED_FIELDS } from '../../src/core/report';
import { STATUS_MIN_INTERVAL_MS } from '../../src/net';
import { CHECKER_CID, CHECKER_TEXT, DOH_RESOLVERS, createGatewayHealthCache, gatherMirrorLookups } from '../../src/net/mirrors';
import { useCatalogs } from '../../src/shared/i18n';
import { MIRROR_DEFAULTS, mirrorClientConfig } from '../../src/shared/mirror-settings';
import { OUTAGE_DEFAULTS } from '../../src/shared/outage-settings';
import { DEFAULT_SETTINGS, RETENTION_DEFAULTS } from '../../src/shared/settings';
import { DEFAULT_RETENTION } from '../../src/store/retention-policy';
import net from '../../src/locales/en/net.json';
import outage from '../../src/locales/en/outage.json';

beforeAll(() => useCatalogs(outage, net));

const policy = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
// A failing .eth page with IPFS content: every mirror client has something to ask (archives, DNSLink,
// gateways, the addresses of the mirror hosts, eth.limo's included).
const PAGE_HOST = 'docs.example.eth';
const DOH_TYPES: Record<string, number> = { A: 1, AAAA: 28, TXT: 16 };

/** A fetch that answers like the real services would, and notes every URL it is asked for. */
function recordingFetch(asked: URL[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    asked.push(url);
    const name = url.searchParams.get('name');
    const type = url.searchParams.get('type') ?? '';
    if (name !== null && DOH_TYPES[type] !== undefined) {
      const data = type === 'TXT' ? `dnslink=/ipfs/${CID}` : type === 'A' ? '203.0.113.7' : '2001:db8::7';
      return Response.json({ Status: 0, Answer: [{ name, type: DOH_TYPES[type], TTL: 60, data }] });
    }
    if (url.pathname === `/ipfs/${CHECKER_CID}`) return new Response(CHECKER_TEXT);
    return new Response('', { status: 404 });
  }) as typeof fetch;
}

/** Host names in the default settings: every URL-valued default (service addresses, gateways, a collector). */
function settingsHosts(): string[] {
  const values = Object.values(DEFAULT_SETTINGS).flatMap((value) => (Array.isArray(value) ? value : [value]));
  return values.flatMap((value) => (typeof value === 'string' && /^https?:\/\//.test(value) ? [new URL(value).hostname] : []));
}

/** Every host the mirror lookups contact, and every host name they ask a resolver about (other than the page's). */
async function mirrorHosts(): Promise<string[]> {
  const asked: URL[] = [];
  // Resolvers are picked away from the failing provider: fail each in turn, so that every one is asked.
  for (const failingProvider of [null, ...DOH_RESOLVERS.map((resolver) => resolver.provider)]) {
    await gatherMirrorLookups(`https://${PAGE_HOST}/guide`, recordingFetch(asked), mirrorClientConfig(MIRROR_DEFAULTS), {
      now: Date.now(), failingProvider, gatewayCache: createGatewayHealthCache(),
    });
  }
  const resolved = asked.flatMap((url) => url.searchParams.get('name') ?? []).filter((name) => !name.endsWith(PAGE_HOST));
  return [...asked.map((url) => url.hostname), ...resolved];
}

/** Every host the range-list client downloads from with the default settings. */
async function rangeListHosts(): Promise<string[]> {
  const asked: URL[] = [];
  const meta = { get: async () => undefined, put: async () => undefined };
  await rangeLists({ meta, fetch: recordingFetch(asked) }).refresh(OUTAGE_DEFAULTS, Date.now(), { all: true });
  return asked.map((url) => url.hostname);
}

/** Every host the status-page client reads, for every provider, with the default settings. */
async function statusHosts(): Promise<string[]> {
  const asked: URL[] = [];
  const watch = statusWatch({ fetch: recordingFetch(asked), settings: async () => OUTAGE_DEFAULTS, now: Date.now });
  for (const provider of PROVIDERS) await watch.line(provider.id);
  return asked.map((url) => url.hostname);
}

/** Whether the policy names the host as code (`host`), as it names every host it lists. */
const names = (host: string) => policy.includes(`\`${host}\``);

describe('PRIVACY.md', () => {
  it('names every field a shared report can disclose, in its table, and no other', () => {
    for (const { field } of DISCLOSED_FIELDS) expect(policy).toMatch(new RegExp(`^\\| \`${field}\` \\|`, 'm'));
    expect(policy.match(/^\| `[a-z]+` \|/gm)).toHaveLength(DISCLOSED_FIELDS.length);
  });

  it("names every host of the settings' defaults and the built-in resolvers", () => {
    const hosts = [...settingsHosts(), ...DOH_RESOLVERS.map((resolver) => new URL(resolver.url).hostname)];
    expect(hosts.length).toBeGreaterThan(MIRROR_DEFAULTS.gateways.length);
    expect(hosts.filter((host) => !names(host))).toEqual([]);
  });

  it('names every host the mirror lookups contact or resolve, eth.limo among them', async () => {
    const hosts = new Set(await mirrorHosts());
    expect(hosts).toContain('eth.limo'); // the recording reached the hosts the clients build themselves
    expect([...hosts].filter((host) => !names(host))).toEqual([]);
  });

  it('names every host of the published IP range lists and the status feeds', async () => {
    const [ranges, statuses] = await Promise.all([rangeListHosts(), statusHosts()]);
    expect(ranges.length).toBeGreaterThan(0);
    expect(statuses.length).toBeGreaterThan(0);
    expect([...new Set([...ranges, ...statuses])].filter((host) => !names(host))).toEqual([]);
  });

  it("states the code's retention defaults", () => {
    expect(DEFAULT_RETENTION).toEqual({ maxAgeMs: RETENTION_DEFAULTS.retentionDays * 86_400_000, maxCount: RETENTION_DEFAULTS.retentionMaxFailures });
    const kept = policy.match(/kept for \*\*(\d+) days\*\*, at most \*\*([\d,]+)\*\*/);
    expect(kept?.slice(1)).toEqual([String(RETENTION_DEFAULTS.retentionDays), RETENTION_DEFAULTS.retentionMaxFailures.toLocaleString('en-US')]);
    // Every other mention of days, hours and counts agrees too (the summary, the learned hosts, the range lists).
    const days = [...policy.matchAll(/\*\*(\d+) days\*\*/g)].map((match) => Number(match[1]));
    const counts = [...policy.matchAll(/at most \*\*([\d,]+)\*\*/g)].map((match) => Number(match[1]?.replace(/,/g, '')));
    const hours = [...policy.matchAll(/\*\*(\d+) hours\*\*/g)].map((match) => Number(match[1]));
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(new Set(days)).toEqual(new Set([RETENTION_DEFAULTS.retentionDays]));
    expect(new Set(counts)).toEqual(new Set([RETENTION_DEFAULTS.retentionMaxFailures]));
    expect(new Set(hours)).toEqual(new Set([OUTAGE_DEFAULTS.rangeListsRefreshHours]));
  });

  it("states how often a status page is read as the client's interval", () => {
    const unit = policy.match(/at most \*\*once an? (minute|hour)\*\* per provider/)?.[1];
    expect(unit === undefined ? undefined : { minute: 60_000, hour: 3_600_000 }[unit]).toBe(STATUS_MIN_INTERVAL_MS);
  });
});
