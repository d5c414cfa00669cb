// Microsoft Azure: Front Door, Azure CDN, App Service (providers.md §1.6).
import type { Context } from '../context';
import type { ProviderModule, Verdict } from '../signals';
import { generated } from '../verdict';

export const azure: ProviderModule = {
  id: 'azure',
  name: 'Azure',
  depth: 0.5,
  services: ['front-door', 'cdn', 'app-service', 'static-web-apps'],
  headers: [
    { header: 'x-azure-ref', weight: 2, evidence: 'x-azure-ref header (Front Door)', service: 'front-door', requestId: true },
    { header: 'x-msedge-ref', weight: 2, evidence: 'x-msedge-ref header (Microsoft edge)', requestId: true },
    ...['tcp_', 'private_nostore', 'config_nocache'].map((prefix) => ({ header: 'x-cache', prefix, weight: 2 as const, evidence: 'x-cache: TCP_… (Azure Front Door/CDN)' })),
    { header: 'x-ms-request-id', weight: 1, evidence: 'x-ms-request-id header', requestId: true },
  ],
  hosts: [
    { key: 'azurewebsites.net', service: 'app-service', evidence: 'host is on azurewebsites.net (App Service)' },
    { key: 'azurefd.net', service: 'front-door', evidence: 'host is on azurefd.net (Front Door)' },
    { key: 'azureedge.net', service: 'cdn', evidence: 'host is on azureedge.net (Azure CDN)' },
    { key: 'azurestaticapps.net', service: 'static-web-apps', evidence: 'host is on azurestaticapps.net' },
    { key: 'cloudapp.net', evidence: 'host is on cloudapp.net' },
    { key: 'trafficmanager.net', evidence: 'host is on trafficmanager.net' },
  ],
  pages: [
    { find: "our services aren't available right now", weight: 2, evidence: "Front Door's 'Our services aren't available right now' page", service: 'front-door' },
    { find: /errorinfo:\s*origin(timeout|invalidresponse)/, weight: 2, evidence: 'Front Door ErrorInfo', service: 'front-door' },
  ],
  judge: judgeAzure,
};

function judgeAzure(ctx: Context): Verdict | undefined {
  const page = ctx.page;
  if (page.includes("our services aren't available right now")) {
    return generated('origin', 'Azure Front Door: this host or route is not set up on Front Door', undefined, 'front-door');
  }
  if (page.includes('this web app is stopped') || page.includes('web app not found') || page.includes('web site not found')) {
    return generated('origin', 'Azure App Service: this app is stopped or does not exist', undefined, 'app-service');
  }
  if (page.includes('the request is blocked')) return generated('block', "Azure's firewall page: the request is blocked");
  const info = /errorinfo:\s*(origintimeout|origininvalidresponse)/.exec(page)?.[1];
  if (info === 'origintimeout') return generated('origin', 'Front Door ErrorInfo OriginTimeout: the origin did not answer in time', 'OriginTimeout', 'front-door');
  if (info === 'origininvalidresponse') return generated('origin', 'Front Door ErrorInfo OriginInvalidResponse', 'OriginInvalidResponse', 'front-door');
  return undefined;
}
