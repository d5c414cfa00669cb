import { beforeAll, describe, expect, it } from 'vitest';
import options from '../../src/locales/en/options.json';
import type { GatewayHealth } from '../../src/core/mirrors';
import { CHECKER_TEXT } from '../../src/net/mirrors';
import { phrase } from '../../src/core/explain';
import { gatewayResultText } from '../../src/options/gateways-section';
import { runGatewayTests } from '../../src/options/run-gateway-tests';
import net from '../../src/locales/en/net.json';
import { useCatalogs } from '../../src/shared/i18n';
import { say } from '../../src/shared/say';

beforeAll(() => useCatalogs(options, net));

describe('Test now', () => {
  it('probes every gateway, a few at a time, and reports each as it answers', async () => {
    let inFlight = 0;
    let most = 0;
    const fakeFetch = (async (input: RequestInfo | URL) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      const host = new URL(String(input)).hostname;
      if (host === 'down.example') throw new TypeError('Failed to fetch');
      if (host === 'wrong.example') return new Response('<html>', { status: 200 });
      return new Response(`${CHECKER_TEXT}\n`, { status: 200 });
    }) as typeof fetch;
    const gateways = ['https://a.example', 'https://down.example', 'https://b.example', 'https://wrong.example', 'https://c.example'];
    const seen: [string, GatewayHealth][] = [];
    await runGatewayTests(gateways, fakeFetch, { timeoutMs: 1000, now: () => 1_000 }, (gateway, health) => seen.push([gateway, health]));
    expect(most).toBeLessThanOrEqual(3);
    expect(seen.map(([gateway]) => gateway).sort()).toEqual([...gateways].sort());
    const byGateway = new Map(seen);
    expect(byGateway.get('https://a.example')).toMatchObject({ ok: true, checkedAt: 1_000 });
    expect(byGateway.get('https://down.example')).toMatchObject({ ok: false });
    expect(byGateway.get('https://wrong.example')).toMatchObject({ ok: false });
    expect(say(byGateway.get('https://wrong.example')?.error ?? '')).toBe('wrong.example answered something other than the test file');
  });

  it('does nothing for an empty list', async () => {
    const seen: string[] = [];
    await runGatewayTests([], (() => Promise.reject(new Error('no'))) as typeof fetch, { timeoutMs: 1, now: () => 0 }, (gateway) => seen.push(gateway));
    expect(seen).toEqual([]);
  });

  it('puts each result in words', () => {
    expect(gatewayResultText('testing')).toBe('testing…');
    expect(gatewayResultText({ gateway: 'https://a.example', ok: true, latencyMs: 120, checkedAt: 0 })).toBe('OK, 120 ms');
    expect(gatewayResultText({ gateway: 'https://a.example', ok: true, latencyMs: 80, checkedAt: 0, subdomain: true })).toBe('OK, 80 ms, supports subdomains');
    expect(gatewayResultText({ gateway: 'https://a.example', ok: false, checkedAt: 0, error: phrase('netTimeout', 'a.example', 5000) })).toBe('Failed: a.example did not answer within 5000 ms');
    expect(gatewayResultText({ gateway: 'https://a.example', ok: false, checkedAt: 0 })).toBe('Failed: no answer');
  });
});
