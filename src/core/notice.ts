// Which of a page's failures a person would notice. Almost every real page has requests that fail
// unseen — another site's pixel answering 404, an analytics beacon at a CDN answering 503 — and a badge that
// lights for those is turned off within a day. So the badge counts a provider failure (edge or origin) only
// when it is the page itself, its own site's, or a request whose failure breaks the page (a script,
// stylesheet, font or data request, from any host); another site's images, pixels, beacons, media and
// prefetches count only while their provider has an open incident, or when the person chose to count them.
import { registrableDomain } from './incidents/registrable-domain';
import { providerNamesSite } from './providers/own-hosts';
import type { Diagnosis } from './types';

/** Why a failure counts on the badge, or why it does not. */
export type NoticeWhy =
  | 'page' // the page itself
  | 'site' // the page's own site: the same registrable domain
  | 'site-cdn' // a name the provider serving the page gives its customers (the site's own CDN or API host)
  | 'breaks' // a script, stylesheet, font or data request: its failure breaks the page, whoever serves it
  | 'incident' // its provider has an open incident
  | 'setting' // another site's, counted because the person asked for that
  | 'other-site' // another site's image, pixel, beacon, media or prefetch: not what a person notices
  | 'not-outage'; // a block, a refused or wrong request: listed, never counted

export interface Notice {
  counts: boolean;
  why: NoticeWhy;
  /** Whose request it is: the page, its site (own domain or CDN), or another site. */
  party: 'page' | 'site' | 'other';
}

export interface NoticeContext {
  /** The page's host, and the provider serving it (from its own answer) when known. */
  pageHost: string;
  pageProvider: string | null | undefined;
  /** Providers with an open incident. */
  incidents: ReadonlySet<string>;
  /** The setting "count failures of other sites' images, pixels and media" (off by default). */
  countOtherSites: boolean;
}

export interface NoticeEntry {
  host: string;
  type?: string;
  diagnosis: Pick<Diagnosis, 'provider' | 'failure'>;
}

/** Request types whose failure breaks what the page shows or does, whichever site serves them. */
const BREAKS: ReadonlySet<string> = new Set(['script', 'stylesheet', 'font', 'xmlhttprequest']);

/**
 * Is this request the page itself or a part it needs? Such a failure stays until that very request
 * succeeds; another answer from the same host (an image, the error page's own assets) does not undo it.
 */
export function neededByPage(type: string | undefined): boolean {
  return type === 'main_frame' || (type !== undefined && BREAKS.has(type));
}

export function noticeOf(entry: NoticeEntry, context: NoticeContext): Notice {
  const whose = whoseOf(entry, context);
  const party = whose === 'site-cdn' ? 'site' : whose;
  const outage = entry.diagnosis.failure === 'edge' || entry.diagnosis.failure === 'origin';
  if (!outage) return { counts: false, why: 'not-outage', party };
  if (whose !== 'other') return { counts: true, why: whose, party };
  if (typeof entry.type === 'string' && BREAKS.has(entry.type)) return { counts: true, why: 'breaks', party };
  if (entry.diagnosis.provider !== null && context.incidents.has(entry.diagnosis.provider)) return { counts: true, why: 'incident', party };
  if (context.countOtherSites) return { counts: true, why: 'setting', party };
  return { counts: false, why: 'other-site', party };
}

/** Whose request it is, found once: the page, its site, the site's CDN name at the page's provider, or another site's. */
function whoseOf(entry: NoticeEntry, context: NoticeContext): 'page' | 'site' | 'site-cdn' | 'other' {
  if (entry.type === 'main_frame') return 'page';
  if (context.pageHost === '' || sameSite(entry.host, context.pageHost)) return 'site';
  // The site's own CDN or API host: a name the provider that serves the page gives its customers.
  const provider = entry.diagnosis.provider;
  if (provider !== null && provider === context.pageProvider && providerNamesSite(provider, entry.host)) return 'site-cdn';
  return 'other';
}

function sameSite(host: string, pageHost: string): boolean {
  if (host === pageHost) return true;
  const site = registrableDomain(pageHost);
  return site !== '' && registrableDomain(host) === site;
}
