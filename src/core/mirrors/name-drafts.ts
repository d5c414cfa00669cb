// ENS names through eth.limo, and the site's onion address (text to copy: only Tor Browser opens it).
import { isDnsName } from './cid';
import { phrase } from '../explain/phrase';
import { seenFreshness } from './describe-age';
import { pageTail, type Draft } from './draft';
import { parseWebUrl, safeHttpsUrl } from './safe-url';
import type { MirrorInput } from './types';

const ENS_GATEWAYS: readonly [string, string][] = [['.eth.limo', '.eth.link'], ['.eth.link', '.eth.limo']];

export function ensDrafts(page: URL): Draft[] {
  const host = page.hostname;
  let target: string | undefined;
  let why = phrase('mirrorWhyEns');
  if (host.endsWith('.eth') && isDnsName(host)) target = `${host}.limo`;
  for (const [from, to] of ENS_GATEWAYS) {
    if (host.endsWith(from) && isDnsName(host)) {
      target = `${host.slice(0, -from.length)}${to}`;
      why = phrase('mirrorWhyEnsOther', to.slice(1));
    }
  }
  const url = target === undefined ? undefined : safeHttpsUrl(`https://${target}${pageTail(page) || '/'}`);
  if (url === undefined || target === undefined) return [];
  return [{ kind: 'ens', action: 'open', url, host: target, label: phrase('mirrorLabelEns', target.split('.').slice(-2).join('.')), why, freshness: phrase('mirrorFreshEns') }];
}

export function onionDrafts(input: MirrorInput, page: URL): Draft[] {
  const onion = parseWebUrl(input.learned?.onionLocation);
  if (onion === undefined || !/^([a-z0-9-]+\.)*[a-z2-7]{56}\.onion$/.test(onion.hostname)) return [];
  const url = `${onion.origin}${pageTail(page) || '/'}`;
  const seen = input.learned?.seen;
  return [{
    kind: 'onion', action: 'copy', url, host: onion.hostname, label: phrase('mirrorLabelOnion'),
    why: phrase('mirrorWhyOnion', input.learned?.announcedBy ?? page.origin),
    freshness: seenFreshness(input.now, seen),
    warning: phrase('mirrorWarnTor'),
  }];
}
