// Answers the popup's 'mirrors' message: gathers the archive, DNSLink and gateway lookups for the
// tab's failing page, and lets the core decide what to suggest. Nothing is asked when the person has turned
// suggestions off. Answers are kept a minute per page, so reopening the popup does not ask again.
import { pickMainFailure } from '../core/explain';
import { providerName } from '../core/incidents';
import { seedIpLookup, type IpLookup } from '../core/ip-owner';
import { frontedByFrom, suggestMirrors, type Suggestion } from '../core/mirrors';
import { parseWebUrl } from '../core/mirrors/safe-url';
import type { Diagnosis } from '../core/types';
import type { FetchImpl } from '../net/fetch-body';
import { createGatewayHealthCache, gatherMirrorLookups } from '../net/mirrors';
import { t } from '../shared/i18n';
import type { MirrorAnswer, MirrorMessages } from '../shared/mirror-messages';
import { MIRROR_DEFAULTS, mirrorClientConfig, type MirrorSettings } from '../shared/mirror-settings';
import { readSettings } from '../shared/settings';
import type { HostRecord } from '../store/schema';
import type { FailureStore } from '../store/store-types';
import type { HostLearner } from './host-learner';
import type { MessageHandlers } from './message-handlers';
import { keptAddress } from '../core/kept-address';
import { isPrivateHost } from '../core/private-host';
import { hasIpfsContent } from '../core/mirrors';
import { mirrorProblems } from './mirror-problems';
import type { TabPages } from './tab-pages';

export interface MirrorHandlerDeps {
  api: { storage: { local: Pick<chrome.storage.StorageArea, 'get'> } };
  /** A private-browsing tab, for which nothing is looked up (private-tabs.ts); without it, none is. */
  isPrivate?(tabId: number): Promise<boolean>;
  store: Promise<Pick<FailureStore, 'getHost'>>;
  /** What was learned since the last bulk write is only in memory: asked first. */
  hosts?: Pick<HostLearner, 'get'>;
  tabs: Pick<TabPages, 'get'>;
  report: (what: string) => (error: unknown) => void;
  fetch?: FetchImpl; // default: the global fetch
  now?: () => number;
  ipLookup?: IpLookup; // who fronts a mirror's address: the downloaded range lists over the seed (default: the seed alone)
}

const ANSWER_TTL_MS = 60_000;
const MAX_ANSWERS = 20;

export function mirrorHandlers(deps: MirrorHandlerDeps): Pick<MessageHandlers, keyof MirrorMessages> {
  const now = deps.now ?? Date.now;
  const gatewayCache = createGatewayHealthCache(); // in memory: a restarted worker probes again
  const answers = new Map<string, { at: number; answer: Promise<MirrorAnswer> }>();
  return {
    async mirrors(request) {
      const { tabId, url, exact } = request ?? {};
      if (!Number.isInteger(tabId)) throw new Error('mirrors: tabId must be an integer');
      const settings = await mirrorSettings(deps.api.storage.local);
      const tab = deps.tabs.get(tabId);
      // Stored addresses have no query; the tab's page, in memory, has the exact one when it is that document.
      const ofTab = parseWebUrl(tab?.page.url);
      const given = parseWebUrl(url);
      const same = given !== undefined && ofTab !== undefined && keptAddress(ofTab.href) === keptAddress(given.href);
      const page = same ? (ofTab.href.length >= given.href.length ? ofTab : given) : given ?? ofTab;
      const none = (problem: string) => ({ url: String(url ?? ''), suggestions: [], problems: [problem], checkedAt: now() });
      if (!settings.suggestMirrors) return none(t('popupProblemOff'));
      if (page === undefined) return none(t('popupProblemNoPage'));
      // Nothing about an intranet or this machine, nor about a private-browsing tab, leaves the browser.
      if (isPrivateHost(page.hostname)) return none(t('popupProblemPrivateHost', page.hostname));
      if ((await deps.isPrivate?.(tabId)) === true) return none(t('popupProblemPrivateTab'));
      // The address without its query and fragment (tokens, signed URLs), unless the person asked for it exactly.
      const trimmed = `${page.origin}${page.pathname}`;
      const asked = exact === true ? page.href : trimmed;
      const diagnosis = pickMainFailure(tab?.entries ?? [])?.diagnosis ?? { provider: null, failure: 'unknown' as const };
      // What the site announced since (an x-ipfs-path, an Onion-Location) makes a kept answer stale.
      const learned = announcedFor(await learnedHost(page.hostname), page.origin);
      const key = [asked, diagnosis.provider ?? '', diagnosis.failure, learned?.ipfsPath ?? '', learned?.onionLocation ?? '', JSON.stringify(settings)].join('\n');
      const kept = answers.get(key);
      const fresh = kept !== undefined && now() - kept.at < ANSWER_TTL_MS ? kept.answer : undefined;
      const answer = fresh ?? lookUp(asked, diagnosis, settings, learned);
      if (fresh === undefined) {
        answers.set(key, { at: now(), answer });
        answer.catch(() => answers.delete(key));
        while (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string);
      }
      return asked === page.href ? answer : answer.then((found) => ({ ...found, trimmed: true }));
    },
  };

  /** What Detour learned about a host: in memory since the last bulk write, else the store. */
  async function learnedHost(host: string): Promise<HostRecord | undefined> {
    const known = deps.hosts?.get(host);
    if (known !== undefined) return known;
    const store = await deps.store.catch(() => undefined);
    return store?.getHost(host).catch(() => undefined);
  }

  async function lookUp(pageUrl: string, diagnosis: Pick<Diagnosis, 'provider' | 'failure'>, settings: MirrorSettings, learned: HostRecord | undefined): Promise<MirrorAnswer> {
    const checkedAt = now();
    let config;
    try {
      config = mirrorClientConfig(settings);
    } catch (error) {
      deps.report('reading mirror settings')(error);
      config = mirrorClientConfig(MIRROR_DEFAULTS);
    }
    const lookups = await gatherMirrorLookups(pageUrl, deps.fetch ?? ((input, init) => fetch(input, init)), config, {
      now: checkedAt, failingProvider: diagnosis.provider, gatewayCache, ...(learned?.ipfsPath === undefined ? {} : { ipfsPath: learned.ipfsPath }),
    });
    // Who fronts each mirror host: its addresses against the IP ranges, else what Detour learned visiting it.
    const mirrorHosts = [...lookups.addresses.keys()];
    const learnedMirrors = new Map<string, HostRecord>();
    await Promise.all(mirrorHosts.map(async (host) => {
      const record = await learnedHost(host);
      if (record !== undefined) learnedMirrors.set(host, record);
    }));
    const frontedBy = frontedByFrom({ ipLookup: deps.ipLookup ?? seedIpLookup, addresses: (host) => lookups.addresses.get(host), learned: (host) => learnedMirrors.get(host) });
    let suggestions: Suggestion[] = suggestMirrors({
      url: pageUrl, diagnosis, ...lookups, ...(learned === undefined ? {} : { learned }), frontedBy, providerName, now: now(),
    });
    // Switched off: no link to the Wayback Machine either, not even its unchecked shortcut.
    if (config.waybackApi === '') suggestions = suggestions.filter((suggestion) => suggestion.kind !== 'wayback');
    return { url: pageUrl, suggestions, problems: mirrorProblems(lookups, hasIpfsContent(lookups, learned?.ipfsPath)), checkedAt };
  }
}

/** What a host's record says, its mirror sources only when a page of this very origin announced them. */
function announcedFor(record: HostRecord | undefined, origin: string): HostRecord | undefined {
  if (record === undefined || parseWebUrl(record.announcedBy)?.origin === origin) return record;
  const { ipfsPath: _ipfs, onionLocation: _onion, announcedBy: _by, ...rest } = record;
  return rest;
}

/** The mirror settings as stored and repaired; the defaults under them for any key not (yet) repaired there. */
async function mirrorSettings(storage: Pick<chrome.storage.StorageArea, 'get'>): Promise<MirrorSettings> {
  return { ...MIRROR_DEFAULTS, ...(await readSettings(storage)) };
}
