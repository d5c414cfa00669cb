// ENS names through eth.limo, and the site's onion address (text to copy: only Tor Browser opens it).
import { isDnsName } from './cid';
import { describeAge } from './describe-age';
import { pageTail, type Draft } from './draft';
import { parseWebUrl, safeHttpsUrl } from './safe-url';
import type { MirrorInput } from './types';

const ENS_GATEWAYS: readonly [string, string][] = [['.eth.limo', '.eth.link'], ['.eth.link', '.eth.limo']];

export function ensDrafts(page: URL): Draft[] {
  const host = page.hostname;
  let target: string | undefined;
  let why = 'This is an ENS name: eth.limo serves the content its owner published (IPFS, IPNS, Arweave or Swarm).';
  if (host.endsWith('.eth') && isDnsName(host)) target = `${host}.limo`;
  for (const [from, to] of ENS_GATEWAYS) {
    if (host.endsWith(from) && isDnsName(host)) {
      target = `${host.slice(0, -from.length)}${to}`;
      why = `The ENS name is also served on ${to.slice(1)}.`;
    }
  }
  const url = target === undefined ? undefined : safeHttpsUrl(`https://${target}${pageTail(page) || '/'}`);
  if (url === undefined || target === undefined) return [];
  return [{ kind: 'ens', action: 'open', url, host: target, label: `ENS via ${target.split('.').slice(-2).join('.')}`, why, freshness: 'resolved by the gateway when opened (cached about 5 min)' }];
}

export function onionDrafts(input: MirrorInput, page: URL): Draft[] {
  const onion = parseWebUrl(input.learned?.onionLocation);
  if (onion === undefined || !/^([a-z0-9-]+\.)*[a-z2-7]{56}\.onion$/.test(onion.hostname)) return [];
  const url = `${onion.origin}${pageTail(page) || '/'}`;
  const seen = input.learned?.seen;
  return [{
    kind: 'onion', action: 'copy', url, host: onion.hostname, label: 'Tor onion address',
    why: 'The site announced this onion address (Onion-Location) when it last loaded; it is reached over Tor, not through the failing provider.',
    freshness: typeof seen === 'number' ? `seen on your last healthy visit ${describeAge(input.now - seen)}` : 'seen on an earlier healthy visit',
    warning: 'Needs Tor Browser: copy the address and open it there.',
  }];
}
