// Mirror-suggestion settings, stored in the same `settings` object as the others and repaired on
// read (settings.ts). Every client's base URL is configurable; '' means "off" where a service is optional.
// Services and gateways are https: only: a mirror reached over plain http could be rewritten on the way.
import { t, type MessageKey } from './i18n';
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

export const MAX_GATEWAYS = 30;
export const MIRROR_TIMEOUT_LIMITS = { min: 1_000, max: 30_000 } as const;

/** Why a URL was refused, as a code the options page words in the person's language. */
export type UrlReason = 'not-url' | 'not-https' | 'credentials' | 'query' | 'not-origin';

const URL_REASON_WORDS: Record<UrlReason, MessageKey> = {
  'not-url': 'settingsNotUrl',
  'not-https': 'settingsNotHttps',
  credentials: 'settingsCredentials',
  query: 'settingsQuery',
  'not-origin': 'settingsNotOrigin',
};

/** Why a service base URL cannot be used ('' allowed: that service is off or built-in), or undefined. */
export function serviceUrlReason(value: string): UrlReason | undefined {
  if (value === '') return undefined;
  const url = parseUrl(value);
  if (url === undefined) return 'not-url';
  if (url.protocol !== 'https:') return 'not-https';
  if (url.username !== '' || url.password !== '') return 'credentials';
  if (url.search !== '' || url.hash !== '') return 'query';
  return undefined;
}

export function serviceUrlProblem(value: string): string | undefined {
  const reason = serviceUrlReason(value);
  return reason === undefined ? undefined : t(URL_REASON_WORDS[reason]);
}

/** A gateway as its https origin ('https://ipfs.io/' → 'https://ipfs.io'), or why it cannot be one. */
export function gatewayOrigin(value: string): { origin: string } | { reason: UrlReason } {
  const url = parseUrl(value.trim());
  if (url === undefined) return { reason: 'not-url' };
  if (url.protocol !== 'https:') return { reason: 'not-https' };
  if (url.username !== '' || url.password !== '') return { reason: 'credentials' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return { reason: 'not-origin' };
  return { origin: url.origin };
}

/** The valid gateways of a stored list, as origins, deduplicated, at most MAX_GATEWAYS, order kept. */
export function repairGateways(value: unknown): { gateways: string[]; problems: string[] } {
  if (!Array.isArray(value)) return { gateways: [...MIRROR_DEFAULTS.gateways], problems: [t('settingsGatewaysNotList')] };
  const gateways: string[] = [];
  const problems: string[] = [];
  for (const entry of value as unknown[]) {
    const checked = typeof entry === 'string' ? gatewayOrigin(entry) : undefined;
    if (checked === undefined) problems.push(t('settingsGatewayNotString', quote(entry)));
    else if ('reason' in checked) problems.push(t('settingsGatewayRefused', quote(entry), t(URL_REASON_WORDS[checked.reason])));
    else if (gateways.includes(checked.origin)) problems.push(t('settingsGatewayTwice', quote(entry)));
    else if (gateways.length >= MAX_GATEWAYS) problems.push(t('settingsGatewayBeyond', quote(entry), MAX_GATEWAYS));
    else gateways.push(checked.origin);
  }
  // Every entry unusable: the person meant to have gateways, so the defaults serve better than none.
  if (gateways.length === 0 && value.length > 0) return { gateways: [...MIRROR_DEFAULTS.gateways], problems: [...problems, t('settingsGatewaysNoneUsable')] };
  return { gateways, problems };
}

/** Why one stored mirror value (other than the gateway list) cannot be used, or undefined when it can. */
export function mirrorValueProblem(key: Exclude<keyof MirrorSettings, 'gateways'>, value: unknown): string | undefined {
  if (key === 'suggestMirrors') return typeof value === 'boolean' ? undefined : t('settingsNotBoolean');
  if (key === 'mirrorTimeoutMs') {
    const { min, max } = MIRROR_TIMEOUT_LIMITS;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : t('settingsNotWholeNumber', min, max);
  }
  return typeof value === 'string' ? serviceUrlProblem(value) : t('settingsNotString');
}

/** The clients' configuration from the person's settings. */
export function mirrorClientConfig(settings: MirrorSettings): MirrorClientConfig {
  const custom = trimSlashes(settings.dohResolverUrl);
  return {
    waybackApi: trimSlashes(settings.waybackApiUrl), // '' = not asked (gatherMirrorLookups)
    archiveToday: settings.archiveTodayUrl === '' ? null : trimSlashes(settings.archiveTodayUrl),
    mementoAggregator: settings.mementoAggregatorUrl === '' ? null : trimSlashes(settings.mementoAggregatorUrl),
    dohResolvers: custom === '' ? DOH_RESOLVERS : [{ id: new URL(custom).hostname, url: custom, provider: 'custom' }],
    gateways: settings.gateways,
    timeoutMs: settings.mirrorTimeoutMs,
  };
}

// The clients append paths (`${base}/wayback/available`), so a trailing slash would double.
function trimSlashes(value: string): string {
  return value.replace(/\/+$/, '');
}

// A stored entry quoted in a problem, short enough to read (junk may be any size).
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
