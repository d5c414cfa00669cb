// The popup's headline: who is at fault, in one plain sentence, as a message key and its
// substitutions. Reads only the verdict (failure, provider, service, status, code), the failing host and,
// when only a part of the page failed, the page's own host ("Parts of shop.example are failing: …").
import type { Diagnosis } from '../types';
import { isDnsError, networkErrorOf, networkMeaningKey } from '../network-errors';
import { phrase, type Phrase, type Sub } from './phrase';
import { GENERIC_SERVICES, productName, providerName, serviceName } from './service-names';
import { providerOwnsHost } from '../providers/own-hosts';
import { statusMeaningKey } from './status-meaning';

type Facts = Pick<Diagnosis, 'provider' | 'service' | 'failure' | 'status' | 'code' | 'evidence' | 'disputed' | 'networkError'>;

/** A diagnosis as it may arrive from storage or another version: any of its fields may be off. */
export type LooseFacts = Partial<Omit<Facts, 'failure'>> & { failure?: string };

// Provider codes that say the provider is slowing the site down on purpose, to protect itself.
const THROTTLE_CODES: ReadonlySet<string> = new Set(['SlowDown', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded']);
const RATE_LIMIT_CODES: ReadonlySet<string> = new Set(['1015', 'ThrottlingException', 'TooManyRequestsException']);
// The site's own code failing on the provider's platform (functions, workers).
const SITE_CODE = /FUNCTION_|MIDDLEWARE_|^(1019|110[0-5])$/;
const SITE_CODE_SERVICES: ReadonlySet<string> = new Set(['lambda-url', 'workers', 'cloud-functions']);

/**
 * `page` is the host of the page the person is on, given when the failure is one of its subresources
 * ('' when that host is not known): the headline then says the page loaded and a part of it failed.
 */
export function explainHeadline(diagnosis: Facts | LooseFacts, host: string, page?: string): Phrase {
  const d = sane(diagnosis);
  const site: Sub = host !== '' ? host : phrase('popupThisSite');
  if (typeof page !== 'string') return whole(d, site, false, host);
  return phrase('popupHeadlineParts', page !== '' ? page : phrase('popupThisPage'), whole(d, site, true, host));
}

function whole(d: SaneFacts, site: Sub, part: boolean, host = ''): Phrase {
  // Its server's address says it is not who it claims to be (core/corroborate.ts): that, before any blame.
  if (d.disputed !== undefined) return phrase('popupHeadlineClaimDisputed', site, providerName(d.disputed));
  const netName = networkErrorOf(d);
  const cause: Phrase | undefined = netName !== undefined ? phrase(networkMeaningKey(netName)) : d.status !== undefined ? statusCause(d.status) : undefined;
  // The product where Detour knows it ("Amazon CloudFront is working"), else the provider.
  const who = d.provider === null ? undefined : productName(d.provider, d.service);
  switch (d.failure) {
    case 'edge':
      // An edge failure with no provider recognised cannot be placed: say so rather than blame "the provider".
      if (who === undefined) return unknown(site, cause, netName);
      // The provider's own service (its API, console, storage): no site of someone else's stands behind it.
      if (netName === undefined && providerOwnsHost(d.provider, host)) return phrase('popupHeadlineEdgeOwn', serviceName(d.provider, d.service) ?? who, host);
      return edge(d, who, site, cause, netName, part);
    case 'origin':
      if (who === undefined) return cause === undefined ? phrase('popupHeadlineSiteBare', site) : phrase('popupHeadlineSite', site, cause);
      return origin(d, who, site, cause, netName);
    case 'block':
      return block(d, who, site, part);
    case 'client':
      if (netName !== undefined) return phrase('popupHeadlineLocal', cause ?? phrase('popupNetUnknown'));
      if (d.status === 404 || d.status === 410) return phrase('popupHeadlineNotFound', site, d.status);
      return phrase('popupHeadlineClient', site, cause ?? phrase('popupStatusNone'));
    case 'none':
      return phrase('popupHeadlineNone', site);
    default:
      if (who !== undefined && netName === undefined) return phrase('popupHeadlineUnknownProvider', site, who);
      return unknown(site, cause, netName);
  }
}

// A part of the page: "the site itself may be fine" would be read as the part's host, so it is left out.
function edge(d: SaneFacts, who: string, site: Sub, cause: Phrase | undefined, netName: string | undefined, part: boolean): Phrase {
  const product = serviceName(d.provider, d.service);
  if (d.code !== undefined && THROTTLE_CODES.has(d.code)) return part ? phrase('popupHeadlineThrottlingPart', product ?? who, site, d.code) : phrase('popupHeadlineThrottling', product ?? who, d.code);
  if (d.service === 'challenges') return phrase('popupHeadlineChallengeBroken', who);
  if (netName !== undefined) return phrase(part ? 'popupHeadlineEdgeNetworkPart' : 'popupHeadlineEdgeNetwork', who, site, cause ?? phrase('popupNetUnknown'));
  // A product of its own (known or not: "Bunny CDN storage") fails as itself, not as the provider's network.
  if (product !== undefined && product !== providerName(d.provider ?? '') && !GENERIC_SERVICES.has(d.service ?? '')) {
    return phrase(part ? 'popupHeadlineEdgeServicePart' : 'popupHeadlineEdgeService', product, site);
  }
  return phrase(part ? 'popupHeadlineEdgePart' : 'popupHeadlineEdge', who, site);
}

function origin(d: SaneFacts, who: string, site: Sub, cause: Phrase | undefined, netName: string | undefined): Phrase {
  if (netName !== undefined) return phrase('popupHeadlineOriginNetwork', site, cause ?? phrase('popupNetUnknown'), who);
  const code = d.code ?? '';
  if (SITE_CODE.test(code) || (code === '' && SITE_CODE_SERVICES.has(d.service ?? ''))) return phrase('popupHeadlineOriginCode', site, who);
  const setup = /^DEPLOYMENT_|^DNS_|NoSuchBucket|AccessDenied|^10\d\d$/.test(code) || (d.status !== undefined && d.status < 500);
  if (setup) return phrase('popupHeadlineOriginSetup', site, who);
  return phrase('popupHeadlineOrigin', site, who);
}

function block(d: SaneFacts, who: string | undefined, site: Sub, part: boolean): Phrase {
  const said = d.evidence.join('\n').toLowerCase();
  if (who === undefined) return phrase('popupHeadlineBlockSite', site);
  if (d.code !== undefined && THROTTLE_CODES.has(d.code) && !RATE_LIMIT_CODES.has(d.code)) {
    const product = serviceName(d.provider, d.service) ?? who;
    return part ? phrase('popupHeadlineThrottlingPart', product, site, d.code) : phrase('popupHeadlineThrottling', product, d.code);
  }
  // English wants "an AWS bot check": the choice of message is made here, its words stay in _locales.
  if (/challenge|captcha|just a moment|bot check/.test(said)) return phrase(/^[aeiou]/i.test(who) ? 'popupHeadlineBotCheckAn' : 'popupHeadlineBotCheck', who);
  if (d.status === 429 || (d.code !== undefined && RATE_LIMIT_CODES.has(d.code)) || said.includes('rate limit')) return phrase('popupHeadlineRateLimit', who, site);
  if (d.code === '1009' || said.includes('country')) return phrase('popupHeadlineBlockCountry', who, site);
  return phrase('popupHeadlineBlock', who, site);
}

function unknown(site: Sub, cause: Phrase | undefined, netName: string | undefined): Phrase {
  if (netName !== undefined && isDnsError(netName)) return phrase('popupHeadlineDns', site);
  if (netName !== undefined) return phrase('popupHeadlineUnreachable', site, cause ?? phrase('popupNetUnknown'));
  return phrase('popupHeadlineUnknown', site, cause ?? phrase('popupStatusNone'));
}

/** "502, bad gateway" */
export function statusCause(status: number): Phrase {
  return phrase('popupStatusWithMeaning', status, phrase(statusMeaningKey(status)));
}

interface SaneFacts {
  provider: string | null;
  service?: string;
  failure: string;
  status?: number;
  code?: string;
  disputed?: string;
  networkError?: string;
  evidence: string[];
}

/** Stored diagnoses come from older versions and other hands: keep only values of the right shape. */
export function sane(d: LooseFacts | null | undefined): SaneFacts {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const out: SaneFacts = {
    provider: text(d?.provider) ?? null,
    failure: typeof d?.failure === 'string' ? d.failure : 'unknown',
    evidence: Array.isArray(d?.evidence) ? d.evidence.filter((line): line is string => typeof line === 'string') : [],
  };
  const service = text(d?.service);
  const code = text(d?.code);
  const disputed = text(d?.disputed);
  const networkError = text(d?.networkError);
  if (disputed !== undefined) out.disputed = disputed;
  if (networkError !== undefined) out.networkError = networkError;
  if (service !== undefined) out.service = service;
  if (code !== undefined) out.code = code;
  if (typeof d?.status === 'number' && Number.isFinite(d.status)) out.status = d.status;
  return out;
}
