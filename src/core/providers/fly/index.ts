// Fly.io: providers.md §1.11.
import type { Context } from '../../context';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { generated } from '../../verdict';

const flyRegion = (value: string): string | undefined => /-([a-z]{3})\s*$/.exec(value)?.[1];

export const fly: ProviderModule = {
  id: 'fly',
  name: 'Fly.io',
  depth: 2,
  headers: [
    { header: 'server', prefix: 'fly/', weight: 2, evidence: 'server: Fly/…' },
    { header: 'server', prefix: 'fly.io', weight: 2, evidence: 'server: Fly.io' },
    { header: 'via', contains: 'fly.io', weight: 2, evidence: 'via: fly.io' },
    { header: 'fly-request-id', weight: 2, evidence: 'fly-request-id header', pop: flyRegion, requestId: true },
  ],
  hosts: [{ key: 'fly.dev', evidence: 'host is on fly.dev' }, { key: 'fly.io', own: true, evidence: "host is Fly.io's own (its site and API)" }],
  judge: judgeFly,
  status: statuspage('https://status.flyio.net', false),
};

function judgeFly(ctx: Context): Verdict | undefined {
  const code = /\b(p[uctmar]\d{2})\b/.exec(ctx.page)?.[1]?.toUpperCase();
  if (code !== undefined) return generated('origin', `Fly Proxy error ${code}: the app's Machine could not serve the request`, code);
  if (ctx.status === 502 || ctx.status === 503) return generated('origin', `Fly Proxy ${ctx.status}: the app's Machine did not answer`);
  return undefined;
}
