// Akamai: providers.md §1.4. The leading number of an error Reference # says which step failed.
import type { Context } from '../../context';
import type { Failure } from '../../types';
import { statuspage, type ProviderModule, type Verdict } from '../../signals';
import { generated, table } from '../../verdict';

const REFERENCE = /reference\s*#?\s*(\d+)\.[0-9a-f]+\.\d+\.[0-9a-f]+|errors\.edgesuite\.net\/(\d+)\./;
const REFERENCE_PREFIX: Readonly<Record<string, [Failure, string]>> = table({
  '1': ['origin', 'the origin did not answer in time'],
  '3': ['origin', 'reading from the origin failed'],
  '4': ['origin', 'writing to the origin failed'],
  '6': ['origin', 'connecting to the origin failed'],
  '9': ['client', 'the URL is invalid'],
  '18': ['block', 'access denied by an Akamai rule'],
});

export const akamai: ProviderModule = {
  id: 'akamai',
  name: 'Akamai',
  depth: 0,
  services: ['cdn', 'netstorage'],
  headers: [
    { header: 'server', prefix: 'akamaighost', weight: 2, evidence: 'server: AkamaiGHost' },
    { header: 'server', prefix: 'akamainetstorage', weight: 2, evidence: 'server: AkamaiNetStorage', service: 'netstorage' },
    { header: 'akamai-grn', weight: 2, evidence: 'akamai-grn header', requestId: true },
    { header: 'x-akamai-transformed', weight: 2, evidence: 'x-akamai-transformed header' },
    { header: 'x-akamai-request-id', weight: 2, evidence: 'x-akamai-request-id header', requestId: true },
    { header: 'x-reference-error', weight: 2, evidence: 'x-reference-error header' },
    { header: 'server-timing', contains: 'ak_p', weight: 2, evidence: 'server-timing: ak_p (Akamai)' },
    { header: 'server-timing', contains: 'cdn-cache; desc=', weight: 1, evidence: 'server-timing: cdn-cache' },
    { header: 'x-ak-cache', weight: 1, evidence: 'x-ak-cache header' },
  ],
  hosts: [{ key: 'akamaiapis.net', own: true, evidence: "host is Akamai's own API (akamaiapis.net)" }],
  pages: [
    { find: REFERENCE, weight: 2, evidence: 'page shows an Akamai error Reference #' },
  ],
  judge: judgeAkamai,
  products: { cdn: 'Akamai CDN', netstorage: 'Akamai NetStorage' },
  status: statuspage('https://www.akamaistatus.com', false),
};

function judgeAkamai(ctx: Context): Verdict | undefined {
  const page = ctx.page;
  const m = REFERENCE.exec(page) ?? REFERENCE.exec(ctx.header('x-reference-error') ?? '');
  const prefix = m?.[1] ?? m?.[2];
  const known = prefix !== undefined ? REFERENCE_PREFIX[prefix] : undefined;
  if (known !== undefined) return generated(known[0], `Akamai Reference #${prefix}.…: ${known[1]}`);
  if (page.includes('access denied') && page.includes("you don't have permission")) return generated('block', "Akamai 'Access Denied' page");
  if (page.includes('zero size object')) return generated('origin', "Akamai 'Zero size object': the origin sent an empty body");
  if (page.includes('gateway timeout') && prefix !== undefined) return generated('origin', "Akamai 'Gateway Timeout': the origin was too slow");
  return undefined;
}
