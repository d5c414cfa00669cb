// Bunny CDN: providers.md §1.12.
import type { ProviderModule } from '../signals';

const bunnyPop = (value: string): string | undefined => /^BunnyCDN-([A-Za-z]+\d*)-/i.exec(value)?.[1]?.toUpperCase();

export const bunny: ProviderModule = {
  id: 'bunny',
  name: 'Bunny CDN',
  depth: 0,
  headers: [
    { header: 'server', prefix: 'bunnycdn-', weight: 2, evidence: 'server: BunnyCDN-…', pop: bunnyPop },
    { header: 'cdn-requestid', weight: 2, evidence: 'cdn-requestid header', requestId: true },
    { header: 'cdn-pullzone', weight: 2, evidence: 'cdn-pullzone header' },
    { header: 'cdn-cache', weight: 1, evidence: 'cdn-cache header' },
    { header: 'cdn-uid', weight: 1, evidence: 'cdn-uid header' },
  ],
  hosts: [{ key: 'b-cdn.net', evidence: 'host is on b-cdn.net' }],
};
