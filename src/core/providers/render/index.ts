// Render (behind Cloudflare): providers.md §1.13.
import type { Context } from '../../context';
import type { ProviderModule, Verdict } from '../../signals';
import { generated } from '../../verdict';

export const render: ProviderModule = {
  id: 'render',
  name: 'Render',
  depth: 2,
  headers: [
    { header: 'x-render-origin-server', weight: 2, evidence: 'x-render-origin-server header' },
    { header: 'rndr-id', weight: 2, evidence: 'rndr-id header', requestId: true },
    { header: 'x-render-routing', weight: 2, evidence: 'x-render-routing header' },
  ],
  hosts: [{ key: 'onrender.com', evidence: 'host is on onrender.com' }],
  judge: judgeRender,
};

function judgeRender(ctx: Context): Verdict | undefined {
  const routing = ctx.header('x-render-routing');
  if (routing === undefined || routing === '') return undefined;
  const why = /hibernate-wake-error/i.test(routing) ? 'a sleeping free instance failed to wake' : `Render routing says '${routing.slice(0, 60)}'`;
  return generated('origin', `x-render-routing: ${why}`, routing.trim().slice(0, 60));
}
