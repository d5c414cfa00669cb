// Microsoft Azure: Front Door, Azure CDN, App Service (providers.md §1.6).
import type { Context } from '../../context';
import type { Failure } from '../../types';
import type { Layer, ProviderModule, Verdict } from '../../signals';
import { failureOfStatus, generated, table } from '../../verdict';

// Azure Storage XML errors end their message with "RequestId:<guid> Time:<iso time>".
const STORAGE_ERROR = /<code>\s*[a-z]+\s*<\/code>\s*<message>[^<]*requestid:[0-9a-f-]{36}\s*time:|<code>\s*serverbusy\s*<\/code>/;
const STORAGE_CODES: Readonly<Record<string, Failure>> = table({ serverbusy: 'block', operationtimedout: 'edge', internalerror: 'edge' });

// IIS ARR's 502.3 page, what App Service's front end and Application Gateway v1 send when the server behind them
// fails (Microsoft's "Troubleshoot bad gateway errors in Application Gateway" quotes it). Self-hosted IIS ARR
// sends it too; in public reports it is Azure's, and the blame (origin) is the same either way.
const ARR_502 = '502 - web server received an invalid response while acting as a gateway or proxy server';

/** Azure's own error pages, in the order they are looked for, and what each says. */
const AZURE_PAGES: readonly { find: readonly (string | RegExp)[]; failure: Failure; evidence: string; code?: string; service?: string }[] = [
  { find: ["our services aren't available right now"], failure: 'origin', evidence: 'Azure Front Door: this host or route is not set up on Front Door', service: 'front-door' },
  { find: ['you can access the diagnostic resources'], failure: 'origin', evidence: "Azure App Service's 'Application Error': the site's app failed to start or crashed", service: 'app-service' },
  { find: ['this web app is stopped', 'web app not found', 'web site not found'], failure: 'origin', evidence: 'Azure App Service: this app is stopped or does not exist', service: 'app-service' },
  { find: [ARR_502], failure: 'origin', evidence: "the 502 page of Azure's IIS front end (App Service, Application Gateway v1): the server behind it gave an invalid answer" },
  { find: ['the request is blocked'], failure: 'block', evidence: "Azure's firewall page: the request is blocked" },
  { find: [/errorinfo:\s*origintimeout/], failure: 'origin', evidence: 'Front Door ErrorInfo OriginTimeout: the origin did not answer in time', code: 'OriginTimeout', service: 'front-door' },
  { find: [/errorinfo:\s*origininvalidresponse/], failure: 'origin', evidence: 'Front Door ErrorInfo OriginInvalidResponse', code: 'OriginInvalidResponse', service: 'front-door' },
  { find: ["isn't responding to azure front door", 'azure front door cannot connect to the origin'], failure: 'origin', evidence: 'Azure Front Door could not get an answer from the origin', code: 'OriginTimeout', service: 'front-door' },
];

export const azure: ProviderModule = {
  id: 'azure',
  name: 'Azure',
  depth: 0.5,
  services: ['front-door', 'cdn', 'application-gateway', 'app-service', 'static-web-apps', 'resource-manager', 'storage'],
  headers: [
    { header: 'x-azure-ref', weight: 2, evidence: 'x-azure-ref header (Front Door)', service: 'front-door', requestId: true },
    { header: 'x-msedge-ref', weight: 2, evidence: 'x-msedge-ref header (Microsoft edge)', requestId: true },
    ...['tcp_', 'private_nostore', 'config_nocache'].map((prefix) => ({ header: 'x-cache', prefix, weight: 2 as const, evidence: 'x-cache: TCP_… (Azure Front Door/CDN)' })),
    { header: 'x-ms-request-id', weight: 1, evidence: 'x-ms-request-id header', requestId: true },
    { header: 'x-ms-error-code', weight: 2, evidence: "x-ms-error-code header (an Azure service's error)" },
    { header: 'x-ms-failure-cause', weight: 2, evidence: 'x-ms-failure-cause header (Azure Resource Manager)' },
    { header: 'server', prefix: 'windows-azure-', weight: 2, evidence: 'server: Windows-Azure-… (Azure Storage)', service: 'storage' },
  ],
  hosts: [
    { key: 'azurewebsites.net', service: 'app-service', evidence: 'host is on azurewebsites.net (App Service)' },
    { key: 'azurefd.net', service: 'front-door', evidence: 'host is on azurefd.net (Front Door)' },
    { key: 'azureedge.net', service: 'cdn', evidence: 'host is on azureedge.net (Azure CDN)' },
    { key: 'azurestaticapps.net', service: 'static-web-apps', evidence: 'host is on azurestaticapps.net' },
    { key: 'cloudapp.net', evidence: 'host is on cloudapp.net' },
    { key: 'trafficmanager.net', evidence: 'host is on trafficmanager.net' },
    { key: 'windows.net', match: /\.(?:blob|queue|table|file|dfs)\.core\.windows\.net$/, service: 'storage', own: true, evidence: 'host is Azure Storage' },
    { key: 'windows.net', match: /^(?!.*\.(?:blob|queue|table|file|dfs)\.core\.)/, own: true, evidence: "host is Azure's own service (windows.net)" },
    // Azure's own endpoints; other azure.com hosts are Microsoft teams' apps, with servers of their own behind Front Door.
    { key: 'azure.com', match: /^(?:management|portal|dev|status|login|graph|api)\.azure\.com$/, own: true, evidence: "host is Azure's own (portal, management API, DevOps)" },
    { key: 'azure.com', match: /^(?!(?:management|portal|dev|status|login|graph|api)\.azure\.com$)/, evidence: 'host is on azure.com' },
    { key: 'microsoftonline.com', own: true, evidence: "host is Microsoft's sign-in service" },
    { key: 'azure.net', own: true, evidence: "host is an Azure service's own endpoint (azure.net)" },
  ],
  pages: [
    { find: "our services aren't available right now", weight: 2, evidence: "Front Door's 'Our services aren't available right now' page", service: 'front-door' },
    { find: /errorinfo:\s*origin(timeout|invalidresponse)/, weight: 2, evidence: 'Front Door ErrorInfo', service: 'front-door' },
    { find: 'azure front door', weight: 2, evidence: "Front Door's error page names Azure Front Door", service: 'front-door' },
    { find: 'if you are the application administrator, you can access the diagnostic resources', weight: 2, evidence: "App Service's ':( Application Error' page", service: 'app-service' },
    { find: 'microsoft-azure-application-gateway', weight: 2, evidence: "a plain error page signed 'Microsoft-Azure-Application-Gateway'", service: 'application-gateway' },
    { find: STORAGE_ERROR, weight: 2, evidence: "Azure Storage's error body ('RequestId:… Time:…')", service: 'storage' },
    { find: /the gateway did not receive a response from 'microsoft\.|"code"\s*:\s*"(?:gatewaytimeout|servertimeout|resourcerequeststhrottled|resourcecollectionrequeststhrottled|subscriptionrequeststhrottled)"|"message"\s*:\s*"[^"]*(?:'microsoft\.[a-z]+\/|\/subscriptions\/[^/"\s]+\/resourcegroups\/)/, weight: 2, evidence: "Azure Resource Manager's error format", service: 'resource-manager' },
    { find: ARR_502, weight: 2, evidence: "the 502 page of Azure's IIS front end ('Web server received an invalid response while acting as a gateway or proxy server')" },
    { find: 'this web app is stopped', weight: 2, evidence: "App Service's 'This web app is stopped' page", service: 'app-service' },
    { find: /request information\s+requestid:[0-9a-f-]{36}/, weight: 2, evidence: "the Azure Storage SDK's 'Request Information' block", service: 'storage' },
  ],
  judge: judgeAzure,
  products: {
    'front-door': 'Azure Front Door', cdn: 'Azure CDN', 'app-service': 'Azure App Service', 'static-web-apps': 'Azure Static Web Apps',
    storage: 'Azure Storage', 'resource-manager': 'Azure Resource Manager', 'application-gateway': 'Azure Application Gateway',
  },
};

function judgeAzure(ctx: Context, layer: Layer): Verdict | undefined {
  const page = ctx.page;
  const storage = (ctx.header('x-ms-error-code') ?? /<code>\s*([A-Za-z]+)\s*<\/code>|\bErrorCode:\s*([A-Za-z]+)/i.exec(ctx.rawPage)?.slice(1).find((x) => x !== undefined) ?? '').trim();
  if (storage !== '' && (layer.service === 'storage' || STORAGE_ERROR.test(page) || ctx.header('x-ms-error-code') !== undefined)) {
    const failure = STORAGE_CODES[storage.toLowerCase()] ?? (ctx.status >= 500 ? 'edge' : failureOfStatus(ctx.status));
    return generated(failure, `Azure error ${storage}${failure === 'block' ? ': the account is over its request or bandwidth limit' : ''}`, storage);
  }
  if (ctx.header('x-ms-failure-cause') === 'service' && ctx.status >= 500) return generated('edge', 'x-ms-failure-cause: service — the Azure service itself failed');
  if (layer.service === 'resource-manager' && (ctx.status === 429 || /throttled/.test(page))) return generated('block', `Azure Resource Manager is limiting the request rate`, undefined, 'resource-manager');
  if (layer.service === 'resource-manager' && ctx.status >= 500) return generated('edge', `Azure Resource Manager answered ${ctx.status}: the Azure service failed`, undefined, 'resource-manager');
  for (const { find, failure, evidence, code, service } of AZURE_PAGES) {
    if (find.some((f) => (typeof f === 'string' ? page.includes(f) : f.test(page)))) return generated(failure, evidence, code, service);
  }
  if (page.includes('microsoft-azure-application-gateway') && ctx.status >= 500) {
    return generated('origin', `Azure Application Gateway ${ctx.status}: the servers behind the site's gateway did not answer`, undefined, 'application-gateway');
  }
  return undefined;
}
