// A network error (no HTTP answer) in a few words: the browser's error name (Diagnosis.networkError) is
// grouped, so the words come from _locales.
import type { Diagnosis } from '../types';
import type { ExplainKey } from './explain-keys';

/** The browser's network error name behind a diagnosis without a status, or undefined. */
export function networkErrorOf(diagnosis: Pick<Diagnosis, 'status' | 'networkError'>): string | undefined {
  return diagnosis.status === undefined ? diagnosis.networkError : undefined;
}

// First match wins: the specific before the general.
const GROUPS: readonly [RegExp, ExplainKey][] = [
  [/ABORTED$/, 'popupNetCancelled'],
  [/^ERR_BLOCKED_BY_/, 'popupNetBlocked'],
  [/INTERNET_DISCONNECTED|OFFLINE|NETWORK_ACCESS_DENIED/, 'popupNetOffline'],
  [/NETWORK_CHANGED/, 'popupNetChanged'],
  [/PROXY|TUNNEL_CONNECTION/, 'popupNetProxy'],
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION|UNKNOWN_HOST|^ERR_DNS_/, 'popupNetDns'],
  [/REFUSED/, 'popupNetRefused'],
  [/TIMED_OUT|TIMEOUT/, 'popupNetTimeout'],
  [/EMPTY_RESPONSE/, 'popupNetEmpty'],
  [/RESET|CLOSED|INTERRUPT|CONNECTION_ABORTED|CONNECTION_FAILED|UNREACHABLE/, 'popupNetReset'],
  [/REDIRECT/, 'popupNetRedirectLoop'],
  [/CERT|^SEC_ERROR_|^MOZILLA_PKIX_/, 'popupNetCert'],
  [/SSL|TLS|ECH_|INADEQUATE_SECURITY/, 'popupNetTls'],
  [/QUIC|HTTP2|HTTP_1_1/, 'popupNetProtocol'],
  [/INVALID_RESPONSE|CONTENT_LENGTH|CHUNKED|DECODING|PARTIAL_TRANSFER|CORRUPTED|CONTENT_ENCODING/, 'popupNetGarbled'],
];

export function networkMeaningKey(name: string): ExplainKey {
  for (const [pattern, key] of GROUPS) if (pattern.test(name)) return key;
  return 'popupNetUnknown';
}

/** DNS failures read differently in a headline: the name, not the server, is what is missing. */
export function isDnsError(name: string): boolean {
  return networkMeaningKey(name) === 'popupNetDns';
}
