// Netlify: providers.md §1.8.
import type { Context } from '../../context';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { generated } from '../../verdict';

export const netlify: ProviderModule = {
  id: 'netlify',
  name: 'Netlify',
  depth: 2,
  headers: [
    { header: 'server', prefix: 'netlify', weight: 2, evidence: 'server: Netlify' },
    { header: 'x-nf-request-id', weight: 2, evidence: 'x-nf-request-id header', requestId: true },
    { header: 'cache-status', match: /netlify/i, weight: 2, evidence: 'cache-status: "Netlify Edge"' },
  ],
  hosts: [{ key: 'netlify.app', evidence: 'host is on netlify.app' }, { key: 'netlify.com', own: true, evidence: "host is Netlify's own (netlify.com)" }],
  paths: [{ contains: '/.netlify/functions/', weight: 2, evidence: 'the URL is a Netlify Function (/.netlify/functions/)', service: 'functions' }],
  pages: [
    { find: "looks like you've followed a broken link", weight: 1, evidence: "Netlify's default 404 page" },
    { find: /not found - request id:/, weight: 2, evidence: "Netlify's 'Not Found - Request ID' page" },
    { find: /"name"\s*:\s*"jsonhttperror"/, weight: 2, evidence: "Netlify's API client reporting the API's error (JSONHTTPError)", service: 'api', own: true },
    { find: /doesn(?:'|’)t exist on netlify|visit netlify(?:'|’)s|answers\.netlify\.com/, weight: 2, evidence: "Netlify's default error page" },
  ],
  judge: judgeNetlify,
  ownPaths: ['/.netlify/'],
  status: statuspage('https://www.netlifystatus.com', false),
};

function judgeNetlify(ctx: Context): Verdict | undefined {
  const page = ctx.page;
  if (/not found - request id:/.test(page) || (page.includes('site not found') && /exist on netlify/.test(page))) return generated('origin', 'Netlify: no site is set up for this domain');
  if (page.includes("looks like you've followed a broken link")) return generated('client', "Netlify's 404: the page does not exist on this site");
  if (page.includes('site not available') || page.includes('this site was paused')) return generated('origin', 'Netlify: this site is paused or not available');
  if (page.includes('"errortype"') && ctx.status >= 500) return generated('origin', "Netlify Function error: the site's function failed");
  return undefined;
}
