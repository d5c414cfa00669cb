// Sucuri: recognised by its markers only (providers.md §1.14, all [U]); its errors are read by status.
import type { ProviderModule } from '../../signals';
import { generated } from '../../verdict';

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
