// Edgecast (Verizon Digital Media / Edgio). Not in providers.md: its `server: ECS (…)`/`ECAcc (…)` and
// `x-ec-custom-error` headers are widely documented by the CDN's own and third-party references.
import type { ProviderModule } from '../../signals';

export const edgecast: ProviderModule = {
  id: 'edgecast',
  name: 'Edgecast',
  depth: 0,
  headers: [
    { header: 'server', prefix: 'e', match: /^(ECS|ECAcc|ECD|EOS) \(/, weight: 2, evidence: 'server: ECS (…) (Edgecast)' },
    { header: 'x-ec-custom-error', weight: 2, evidence: 'x-ec-custom-error header (Edgecast)' },
  ],
  hosts: [{ key: 'edgecastcdn.net', evidence: 'host is on edgecastcdn.net' }, { key: 'systemcdn.net', evidence: 'host is on systemcdn.net' }],
};
