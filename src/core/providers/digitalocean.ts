// DigitalOcean App Platform (behind Cloudflare) and Spaces: providers.md §1.13.
import type { Context } from '../context';
import type { ProviderModule, Verdict } from '../signals';
import { failureOfStatus, generated } from '../verdict';

export const digitalocean: ProviderModule = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  depth: 2,
  services: ['app-platform', 'spaces'],
  headers: [
    { header: 'x-do-app-origin', weight: 2, evidence: 'x-do-app-origin header (App Platform)', service: 'app-platform' },
    { header: 'x-do-orig-status', weight: 2, evidence: 'x-do-orig-status header (App Platform)', service: 'app-platform' },
  ],
  hosts: [
    { key: 'ondigitalocean.app', service: 'app-platform', evidence: 'host is on ondigitalocean.app' },
    { key: 'digitaloceanspaces.com', service: 'spaces', evidence: 'host is on digitaloceanspaces.com (Spaces)' },
  ],
  judge: judgeDigitalOcean,
};

function judgeDigitalOcean(ctx: Context): Verdict | undefined {
  const orig = Number(ctx.header('x-do-orig-status'));
  if (orig >= 400) return { failure: failureOfStatus(orig), generated: true, evidence: [`x-do-orig-status: ${orig} — the app itself answered ${orig}`] };
  if (ctx.status === 403 && ctx.header('x-do-app-origin') === undefined && ctx.hostKey === 'ondigitalocean.app') {
    return generated('origin', 'App Platform does not recognise this host (no x-do-app-origin)');
  }
  return undefined;
}
