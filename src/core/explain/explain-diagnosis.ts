// Everything the popup shows about one failure, in display form: names instead of ids, meanings for the
// status or network error, the headline. Page- and server-controlled strings are passed on as text.
import type { Diagnosis } from '../types';
import type { ExplainKey } from './explain-keys';
import { explainHeadline, sane, statusCause } from './headline';
import { networkErrorOf, networkMeaningKey } from '../network-errors';
import { isPhrase, phrase, type Phrase } from './phrase';
import { providerName, serviceName } from './service-names';

export interface Explained {
  headline: Phrase;
  failure: Phrase; // who is at fault, in a few words
  provider?: string; // display name
  service?: string; // product name, when it says more than the provider's name
  via?: string[]; // every provider on the path, outermost first, when there is more than one
  status?: { code: number; meaning: Phrase };
  networkError?: { name: string; meaning: Phrase };
  code?: string; // the provider's own code, as it sent it
  pop?: string;
  requestId?: string;
  evidence: string[];
}

const FAILURE_KEYS: Readonly<Record<string, ExplainKey>> = {
  edge: 'popupFailureEdge', origin: 'popupFailureOrigin', block: 'popupFailureBlock', client: 'popupFailureClient',
  none: 'popupFailureNone', unknown: 'popupFailureUnknown',
};

// With no provider recognised there is no "provider" to be behind or to blame: an edge failure cannot be
// placed (the headline says Detour cannot tell), an origin failure is the site's own server alone.
const NO_PROVIDER_KEYS: Readonly<Record<string, ExplainKey>> = { edge: 'popupFailureUnknown', origin: 'popupFailureOriginAlone' };

/** Who is at fault, in a few words; an unexpected value reads as "not placed". */
export function failureLabel(failure: unknown, hasProvider = true): Phrase {
  if (typeof failure !== 'string' || !Object.hasOwn(FAILURE_KEYS, failure)) return phrase('popupFailureUnknown');
  if (!hasProvider && Object.hasOwn(NO_PROVIDER_KEYS, failure)) return phrase(NO_PROVIDER_KEYS[failure] as ExplainKey);
  return phrase(FAILURE_KEYS[failure] as ExplainKey);
}

// Headlines that say more precisely who is at fault than the failure kind does: the fault line follows them.
const FAULT_FOR_HEADLINE: Readonly<Partial<Record<string, ExplainKey>>> = {
  popupHeadlineOriginCode: 'popupFailureOriginCode', popupHeadlineThrottling: 'popupFailureThrottled', popupHeadlineThrottlingPart: 'popupFailureThrottled',
};

function faultLine(headline: Phrase, failure: string, hasProvider: boolean): Phrase {
  const inner = headline.key === 'popupHeadlineParts' && isPhrase(headline.subs[1]) ? headline.subs[1] : headline;
  const key = Object.hasOwn(FAULT_FOR_HEADLINE, inner.key) ? FAULT_FOR_HEADLINE[inner.key] : undefined;
  return key !== undefined ? phrase(key) : failureLabel(failure, hasProvider);
}

/** `page`: the host of the page the person is on, when the failing request is one of its parts (see explainHeadline). */
export function explainDiagnosis(diagnosis: Partial<Diagnosis> | null | undefined, host: string, page?: string): Explained {
  const d = sane(diagnosis);
  const headline = explainHeadline(d, typeof host === 'string' ? host : '', page);
  const failure = d.disputed !== undefined ? phrase('popupFailureClaimDisputed', providerName(d.disputed)) : faultLine(headline, d.failure, d.provider !== null);
  const out: Explained = { headline, failure, evidence: d.evidence };
  if (d.provider !== null) out.provider = providerName(d.provider);
  const product = serviceName(d.provider, d.service);
  if (product !== undefined && product !== out.provider) out.service = product;
  const via = Array.isArray(diagnosis?.via) ? diagnosis.via.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  if (via.length > 1) out.via = via.map(providerName);
  if (d.status !== undefined) out.status = { code: d.status, meaning: statusCause(d.status) };
  const netName = networkErrorOf(d);
  if (netName !== undefined) out.networkError = { name: netName, meaning: phrase(networkMeaningKey(netName)) };
  if (d.code !== undefined && d.code !== String(d.status)) out.code = d.code;
  const pop = typeof diagnosis?.pop === 'string' && diagnosis.pop !== '' ? diagnosis.pop : undefined;
  const requestId = typeof diagnosis?.requestId === 'string' && diagnosis.requestId !== '' ? diagnosis.requestId : undefined;
  if (pop !== undefined) out.pop = pop;
  if (requestId !== undefined) out.requestId = requestId;
  return out;
}
