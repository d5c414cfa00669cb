// DigitalOcean App Platform (behind Cloudflare) and Spaces: providers.md §1.13.
import type { Context } from '../../context';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { failureOfStatus, generated } from '../../verdict';
import { S3_CODES } from '../aws/tables';
import { parseDigitaloceanGeofeed } from './ranges';

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
    { key: 'digitalocean.com', own: true, evidence: "host is DigitalOcean's own (its API and site)" },
    { key: 'digitaloceanspaces.com', service: 'spaces', own: true, evidence: 'host is on digitaloceanspaces.com (Spaces)' },
  ],
  judge: judgeDigitalOcean,
  products: { 'app-platform': 'DigitalOcean App Platform', spaces: 'DigitalOcean Spaces' },
  // [U] URL: providers.md names the format (RFC 8805 geofeed) but not a verified address.
  rangeLists: [{ id: 'digitalocean', url: 'https://digitalocean.com/geo/google.csv', format: 'digitalocean-geofeed', parse: parseDigitaloceanGeofeed }],
  status: statuspage('https://status.digitalocean.com', true),
};

function judgeDigitalOcean(ctx: Context): Verdict | undefined {
  const spaces = /<code>\s*([A-Za-z]+)\s*<\/code>/i.exec(ctx.rawPage)?.[1];
  if (spaces !== undefined && ctx.hostKey === 'digitaloceanspaces.com') {
    // Spaces speaks S3's error vocabulary; its 5xx are Spaces failing.
    const failure = S3_CODES[spaces] ?? (ctx.status >= 500 ? 'edge' : failureOfStatus(ctx.status));
    return generated(failure, `Spaces error ${spaces}`, spaces, 'spaces');
  }
  const orig = Number(ctx.header('x-do-orig-status'));
  if (orig >= 400) return { failure: failureOfStatus(orig), generated: true, evidence: [`x-do-orig-status: ${orig} — the app itself answered ${orig}`] };
  if (ctx.status === 403 && ctx.header('x-do-app-origin') === undefined && ctx.hostKey === 'ondigitalocean.app') {
    return generated('origin', 'App Platform does not recognise this host (no x-do-app-origin)');
  }
  return undefined;
}
