// KeyCDN: recognised by its markers only (providers.md §1.14, all [U]); its errors are read by status.
import type { ProviderModule } from '../../signals';

export const keycdn: ProviderModule = {
  id: 'keycdn',
  name: 'KeyCDN',
  depth: 0,
  headers: [
    { header: 'server', prefix: 'keycdn-engine', weight: 2, evidence: 'server: keycdn-engine' },
    { header: 'x-edge-location', weight: 1, evidence: 'x-edge-location header', pop: (v) => v.trim() || undefined },
  ],
};
