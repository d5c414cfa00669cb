// Bunny CDN: providers.md §1.12.
import type { ProviderModule } from '../../signals';
import { parseBunny } from './ranges';

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
  // Bunny's error page loads its own assets from bunnynetassets.b-cdn.net: the template, not a mention.
  pages: [
    { find: 'bunnynetassets.b-cdn.net/error', weight: 2, evidence: "Bunny's error page (its assets from bunnynetassets.b-cdn.net)" },
    // The same page as text: "ERROR 504 / Gateway Timeout / We could not establish a connection to <host>".
    { find: /error 5\d\d\s+[a-z ]+\s+we could not establish a connection to /, weight: 2, evidence: "Bunny's error page text ('We could not establish a connection to …')" },
  ],
  rangeLists: [
    { id: 'bunny-v4', url: 'https://bunnycdn.com/api/system/edgeserverlist', format: 'bunny', parse: parseBunny },
    { id: 'bunny-v6', url: 'https://bunnycdn.com/api/system/edgeserverlist/IPv6', format: 'bunny', parse: parseBunny },
  ],
};
