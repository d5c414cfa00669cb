// Mirror-suggestion settings (issue 4), stored in the same `settings` object as the others and repaired on
// read (settings.ts). Every client's base URL is configurable; '' means "off" where a service is optional.
import { ARCHIVE_TODAY, DEFAULT_GATEWAYS, DEFAULT_MIRROR_CONFIG, DOH_RESOLVERS, WAYBACK_API, type MirrorClientConfig } from '../net/mirrors';

export const MIRROR_DEFAULTS = {
  suggestMirrors: true, // false: the popup asks no archive, resolver or gateway at all
  waybackApiUrl: WAYBACK_API, // '' = do not ask the Wayback Machine
  archiveTodayUrl: ARCHIVE_TODAY, // '' = do not ask archive.today
  mementoAggregatorUrl: '', // a MemGator base URL; '' = none (no public default since TimeTravel closed)
  dohResolverUrl: '', // '' = the built-in resolvers (Google, Cloudflare, Quad9; one away from the failing provider)
  gateways: [...DEFAULT_GATEWAYS] as string[], // IPFS gateway origins, in the person's order
  mirrorTimeoutMs: DEFAULT_MIRROR_CONFIG.timeoutMs,
};

export type MirrorSettings = typeof MIRROR_DEFAULTS;

/** The clients' configuration from the person's settings. */
export function mirrorClientConfig(settings: MirrorSettings): MirrorClientConfig {
  const custom = settings.dohResolverUrl;
  return {
    waybackApi: settings.waybackApiUrl,
    archiveToday: settings.archiveTodayUrl === '' ? null : settings.archiveTodayUrl,
    mementoAggregator: settings.mementoAggregatorUrl === '' ? null : settings.mementoAggregatorUrl,
    dohResolvers: custom === '' ? DOH_RESOLVERS : [{ id: new URL(custom).hostname, url: custom, provider: 'custom' }],
    gateways: settings.gateways,
    timeoutMs: settings.mirrorTimeoutMs,
  };
}
