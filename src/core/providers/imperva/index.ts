// Imperva: recognised by its markers only (providers.md §1.14, all [U]); its errors are read by status.
import type { ProviderModule } from '../../signals';
import { generated } from '../../verdict';

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
