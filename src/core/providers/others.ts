// Providers recognised by their markers only (providers.md §1.14, all [U]); their errors are read by status.
import type { ProviderModule } from '../signals';
import { generated } from '../verdict';

export const imperva: ProviderModule = {
  id: 'imperva',
  name: 'Imperva',
  depth: 0,
  headers: [
    { header: 'x-iinfo', weight: 2, evidence: 'x-iinfo header (Imperva)' },
    { header: 'x-cdn', match: /imperva|incapsula/i, weight: 2, evidence: 'x-cdn: Imperva' },
  ],
  pages: [{ find: /incapsula incident id|\/_incapsula_resource\?/, weight: 2, evidence: "Imperva's block page (Incapsula incident ID, /_Incapsula_Resource)" }],
  judge: (ctx) => (/incapsula incident id|\/_incapsula_resource\?/.test(ctx.page) ? generated('block', "Imperva's block page: request unsuccessful") : undefined),
};

export const sucuri: ProviderModule = {
  id: 'sucuri',
  name: 'Sucuri',
  depth: 0,
  headers: [
    { header: 'server', prefix: 'sucuri/cloudproxy', weight: 2, evidence: 'server: Sucuri/Cloudproxy' },
    { header: 'x-sucuri-id', weight: 2, evidence: 'x-sucuri-id header' },
    { header: 'x-sucuri-cache', weight: 1, evidence: 'x-sucuri-cache header' },
  ],
  pages: [{ find: 'sucuri website firewall', weight: 2, evidence: "Sucuri's firewall page" }],
  judge: (ctx) => (ctx.page.includes('access denied') && ctx.page.includes('sucuri website firewall') ? generated('block', "Sucuri's firewall blocked the request") : undefined),
};

export const keycdn: ProviderModule = {
  id: 'keycdn',
  name: 'KeyCDN',
  depth: 0,
  headers: [
    { header: 'server', prefix: 'keycdn-engine', weight: 2, evidence: 'server: keycdn-engine' },
    { header: 'x-edge-location', weight: 1, evidence: 'x-edge-location header', pop: (v) => v.trim() || undefined },
  ],
};
