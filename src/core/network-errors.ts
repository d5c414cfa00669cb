// Browser network error names → everything Detour makes of them, in one table (providers.md §5): what the
// error suggests, whose failure it is, whether it is a failure at all, the class a shared report carries
// and the popup's words for it. Chrome warns these strings may change between releases, so a name the
// table does not know is guessed from the words in it, and anything else falls back to 'unknown'.
import type { ExplainKey } from './explain/explain-keys';
import type { NetErrorClass } from './report/schema';
import type { Diagnosis, Failure } from './types';

/** Whose failure an error is: `alone` when nothing places a provider, `atEdge` when the address or host is a provider's own edge. */
interface Blame {
  alone: Failure;
  atEdge: Failure;
  ignore: boolean; // not a failure to list: the browser or the page stopped the request, no server
}

export interface NetworkError extends Blame {
  meaning: string; // the evidence's words
  report: NetErrorClass; // what a shared report says instead of a status (never the raw name)
  key: ExplainKey; // the popup's words
}

const blame = (alone: Failure, atEdge: Failure, ignore = false): Blame => ({ alone, atEdge, ignore });
const DNS = blame('unknown', 'unknown'); // a name server failed: whose, the address cannot say
const PATH = blame('unknown', 'edge'); // the way to the server: the provider's edge when the address is its
const REFUSED = blame('origin', 'edge'); // refused: the server itself, unless a provider's edge answers there
const SITE = blame('origin', 'origin'); // the site's own set-up, wherever it is served from
const USER = blame('client', 'client'); // this device, its network or its proxy
const IN_BROWSER = blame('client', 'client', true); // cancelled or blocked inside the browser
const IGNORED = blame('unknown', 'unknown', true); // no server caused it, and it says nothing of whose
const UNKNOWN = blame('unknown', 'unknown');

const NOT_KNOWN = 'a network error Detour does not know';

type Row = readonly [name: string | RegExp, blame: Blame, report: NetErrorClass, key: ExplainKey, meaning: string];

/**
 * The table. A row's name is an exact error name, or a pattern for a family or for words in a name
 * Detour does not know; an exact name wins, otherwise the first pattern that matches.
 */
const ROWS: readonly Row[] = [
  ['ERR_NAME_NOT_RESOLVED', DNS, 'dns', 'popupNetDns', 'the name did not resolve (NXDOMAIN, or its DNS provider is down)'],
  ['ERR_NAME_RESOLUTION_FAILED', DNS, 'dns', 'popupNetDns', 'the resolver failed'],
  ['ERR_DNS_TIMED_OUT', DNS, 'dns', 'popupNetDns', 'the DNS lookup timed out'],
  ['ERR_DNS_SERVER_FAILED', DNS, 'dns', 'popupNetDns', 'the DNS server failed'],
  ['ERR_DNS_MALFORMED_RESPONSE', DNS, 'dns', 'popupNetDns', 'the DNS answer was malformed'],
  ['ERR_DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED', USER, 'dns', 'popupNetDns', 'the configured secure-DNS resolver cannot be resolved'],
  ['ERR_DNS_NAME_HTTPS_ONLY', SITE, 'dns', 'popupNetDns', 'the name allows HTTPS only'],
  ['ERR_DNS_NO_MATCHING_SUPPORTED_ALPN', SITE, 'dns', 'popupNetDns', "the site's HTTPS DNS record names no protocol the browser supports"],
  ['NS_ERROR_UNKNOWN_HOST', DNS, 'dns', 'popupNetDns', 'the name did not resolve'],
  ['ERR_CONNECTION_REFUSED', REFUSED, 'refused', 'popupNetRefused', 'the server refused the connection'],
  ['NS_ERROR_CONNECTION_REFUSED', REFUSED, 'refused', 'popupNetRefused', 'the server refused the connection'],
  ['ERR_CONNECTION_TIMED_OUT', PATH, 'timeout', 'popupNetTimeout', 'the connection timed out'],
  ['ERR_TIMED_OUT', PATH, 'timeout', 'popupNetTimeout', 'the request timed out'],
  ['NS_ERROR_NET_TIMEOUT', PATH, 'timeout', 'popupNetTimeout', 'the connection timed out'],
  ['ERR_CONNECTION_RESET', PATH, 'reset', 'popupNetReset', 'the connection was reset'],
  ['ERR_CONNECTION_CLOSED', PATH, 'closed', 'popupNetReset', 'the connection was closed'],
  ['ERR_CONNECTION_ABORTED', PATH, 'reset', 'popupNetReset', 'the connection was aborted'],
  ['ERR_EMPTY_RESPONSE', PATH, 'closed', 'popupNetEmpty', 'the server closed the connection without sending anything'],
  ['NS_ERROR_NET_RESET', PATH, 'reset', 'popupNetReset', 'the connection was reset'],
  ['NS_ERROR_NET_INTERRUPT', PATH, 'reset', 'popupNetReset', 'the transfer was interrupted'],
  ['ERR_CONNECTION_FAILED', PATH, 'unreachable', 'popupNetReset', 'the connection failed'],
  ['ERR_ADDRESS_UNREACHABLE', PATH, 'unreachable', 'popupNetReset', 'the address is unreachable'],
  ['ERR_SSL_PROTOCOL_ERROR', PATH, 'tls', 'popupNetTls', 'the TLS handshake broke'],
  ['ERR_QUIC_PROTOCOL_ERROR', PATH, 'protocol', 'popupNetProtocol', 'the HTTP/3 connection failed'],
  ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR', PATH, 'protocol', 'popupNetProtocol', 'the HTTP/3 connection failed'],
  ['ERR_QUIC_HANDSHAKE_FAILED', PATH, 'protocol', 'popupNetProtocol', 'the HTTP/3 handshake failed'],
  ['ERR_HTTP2_PROTOCOL_ERROR', PATH, 'protocol', 'popupNetProtocol', 'the server broke the HTTP/2 protocol'],
  ['ERR_HTTP2_PING_FAILED', PATH, 'protocol', 'popupNetProtocol', 'the HTTP/2 connection stopped answering'],
  ['ERR_HTTP_1_1_REQUIRED', PATH, 'protocol', 'popupNetProtocol', 'the server requires HTTP/1.1'],
  ['ERR_INVALID_RESPONSE', SITE, 'response', 'popupNetGarbled', 'the response was garbled'],
  ['ERR_CONTENT_LENGTH_MISMATCH', SITE, 'response', 'popupNetGarbled', 'the response was cut short'],
  ['ERR_INCOMPLETE_CHUNKED_ENCODING', SITE, 'response', 'popupNetGarbled', 'the response was cut short'],
  ['ERR_CONTENT_DECODING_FAILED', SITE, 'response', 'popupNetGarbled', 'the response could not be decoded'],
  ['NS_ERROR_NET_PARTIAL_TRANSFER', SITE, 'response', 'popupNetGarbled', 'the response was cut short'],
  ['NS_ERROR_CORRUPTED_CONTENT', SITE, 'response', 'popupNetGarbled', 'the response was garbled'],
  ['NS_ERROR_INVALID_CONTENT_ENCODING', SITE, 'response', 'popupNetGarbled', 'the response could not be decoded'],
  ['ERR_SSL_VERSION_OR_CIPHER_MISMATCH', SITE, 'tls', 'popupNetTls', 'no TLS version or cipher in common: the host is not set up for HTTPS there'],
  ['ERR_SSL_UNRECOGNIZED_NAME_ALERT', SITE, 'tls', 'popupNetTls', 'the server does not know this host name (SNI)'],
  ['ERR_ECH_NOT_NEGOTIATED', SITE, 'tls', 'popupNetTls', 'Encrypted ClientHello was not negotiated'],
  // Firefox's twin below is worded as TLS; this one as an HTTP/2 protocol failure.
  ['ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY', SITE, 'tls', 'popupNetProtocol', "the site's TLS set-up is too weak for HTTP/2"],
  ['NS_ERROR_NET_INADEQUATE_SECURITY', SITE, 'tls', 'popupNetTls', "the site's TLS set-up is too weak for HTTP/2"],
  ['ERR_TOO_MANY_REDIRECTS', SITE, 'redirect', 'popupNetRedirectLoop', 'a redirect loop (often a CDN SSL mode set wrongly)'],
  ['NS_ERROR_REDIRECT_LOOP', SITE, 'redirect', 'popupNetRedirectLoop', 'a redirect loop'],
  ['ERR_INTERNET_DISCONNECTED', USER, 'other', 'popupNetOffline', 'this device is offline'],
  ['ERR_NETWORK_CHANGED', USER, 'other', 'popupNetChanged', 'the network changed during the request'],
  ['NS_ERROR_OFFLINE', USER, 'other', 'popupNetOffline', 'the browser is offline'],
  ['ERR_NETWORK_ACCESS_DENIED', USER, 'other', 'popupNetOffline', 'the system or a firewall denied network access'],
  ['ERR_TUNNEL_CONNECTION_FAILED', USER, 'unreachable', 'popupNetProxy', 'the proxy tunnel failed'],
  ['ERR_PROXY_CONNECTION_FAILED', USER, 'unreachable', 'popupNetProxy', 'the proxy could not be reached'],
  ['NS_ERROR_PROXY_CONNECTION_REFUSED', USER, 'refused', 'popupNetProxy', 'the proxy refused the connection'],
  ['NS_ERROR_UNKNOWN_PROXY_HOST', USER, 'other', 'popupNetProxy', "the proxy's name did not resolve"],
  ['ERR_ABORTED', IN_BROWSER, 'reset', 'popupNetCancelled', 'the request was cancelled'],
  ['NS_BINDING_ABORTED', IN_BROWSER, 'reset', 'popupNetCancelled', 'the request was cancelled'],
  // Not failures, though the browser reports them as errors: Chromium's ERR_FAILED is how it reports a
  // request the page's own CORS rules refused, ERR_CACHE_MISS its own cache (e.g. a font load it dropped).
  ['ERR_FAILED', IGNORED, 'other', 'popupNetUnknown', "the page's own rules refused the request (CORS)"],
  ['ERR_CACHE_MISS', IGNORED, 'other', 'popupNetUnknown', "the browser's own cache did not have it"],
  ['NS_ERROR_ABORT', IGNORED, 'other', 'popupNetUnknown', 'an ad blocker or another extension blocked the request'],
  ['NS_ERROR_CONTENT_BLOCKED', IGNORED, 'other', 'popupNetUnknown', 'an extension or a policy blocked the request'],
  ['NS_ERROR_TRACKING_URI', IGNORED, 'other', 'popupNetUnknown', "Firefox's tracking protection blocked the request"],
  ['NS_ERROR_FINGERPRINTING_URI', IGNORED, 'other', 'popupNetUnknown', "Firefox's tracking protection blocked the request"],
  ['NS_ERROR_CRYPTOMINING_URI', IGNORED, 'other', 'popupNetUnknown', "Firefox's tracking protection blocked the request"],
  ['NS_ERROR_SOCIALTRACKING_URI', IGNORED, 'other', 'popupNetUnknown', "Firefox's tracking protection blocked the request"],
  ['NS_ERROR_EMAILTRACKING_URI', IGNORED, 'other', 'popupNetUnknown', "Firefox's tracking protection blocked the request"],

  // Families.
  [/^ERR_CERT_/, SITE, 'tls', 'popupNetCert', "the site's certificate is not valid (or the connection is intercepted)"],
  [/^(SEC_ERROR|MOZILLA_PKIX_ERROR)_/, SITE, 'tls', 'popupNetCert', "the site's certificate is not valid"],
  [/^SSL_ERROR_.*CERT/, SITE, 'tls', 'popupNetCert', "the site's TLS set-up is wrong"],
  [/^SSL_ERROR_/, SITE, 'tls', 'popupNetTls', "the site's TLS set-up is wrong"],
  [/^ERR_BLOCKED_BY_/, IN_BROWSER, 'other', 'popupNetBlocked', 'blocked inside the browser (an extension, policy or the page itself)'],
  [/^ERR_DNS_/, DNS, 'dns', 'popupNetDns', 'a DNS failure'],
  [/^ERR_PROXY_/, USER, 'other', 'popupNetProxy', "the user's proxy failed"],
  [/^ERR_QUIC_.*CERT/, PATH, 'protocol', 'popupNetCert', 'the HTTP/3 connection failed'],
  [/^ERR_QUIC_/, PATH, 'protocol', 'popupNetProtocol', 'the HTTP/3 connection failed'],
  [/^ERR_SSL_.*CERT/, PATH, 'tls', 'popupNetCert', 'the TLS connection failed'],
  [/^ERR_SSL_/, PATH, 'tls', 'popupNetTls', 'the TLS connection failed'],

  // Words in a name Detour does not know: enough to word it and to class a report, never to blame anyone.
  [/ABORTED$/, UNKNOWN, 'reset', 'popupNetCancelled', NOT_KNOWN],
  [/INTERNET_DISCONNECTED|OFFLINE|NETWORK_ACCESS_DENIED/, UNKNOWN, 'other', 'popupNetOffline', NOT_KNOWN],
  [/NETWORK_CHANGED/, UNKNOWN, 'other', 'popupNetChanged', NOT_KNOWN],
  [/PROXY.*(TIMED_OUT|TIMEOUT)/, UNKNOWN, 'timeout', 'popupNetProxy', NOT_KNOWN],
  [/PROXY.*REDIRECT/, UNKNOWN, 'redirect', 'popupNetProxy', NOT_KNOWN],
  [/PROXY|TUNNEL_CONNECTION/, UNKNOWN, 'other', 'popupNetProxy', NOT_KNOWN],
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION|UNKNOWN_HOST/, UNKNOWN, 'dns', 'popupNetDns', NOT_KNOWN],
  [/REFUSED/, UNKNOWN, 'refused', 'popupNetRefused', NOT_KNOWN],
  [/TIMED_OUT|TIMEOUT/, UNKNOWN, 'timeout', 'popupNetTimeout', NOT_KNOWN],
  [/EMPTY_RESPONSE/, UNKNOWN, 'closed', 'popupNetEmpty', NOT_KNOWN],
  [/CLOSED/, UNKNOWN, 'closed', 'popupNetReset', NOT_KNOWN],
  [/RESET|INTERRUPT/, UNKNOWN, 'reset', 'popupNetReset', NOT_KNOWN],
  [/CONNECTION_FAILED|UNREACHABLE/, UNKNOWN, 'unreachable', 'popupNetReset', NOT_KNOWN],
  [/REDIRECT/, UNKNOWN, 'redirect', 'popupNetRedirectLoop', NOT_KNOWN],
  [/^ERR_ECH_.*CERT/, UNKNOWN, 'tls', 'popupNetCert', NOT_KNOWN],
  [/CERT/, UNKNOWN, 'other', 'popupNetCert', NOT_KNOWN],
  [/^ERR_ECH_|INADEQUATE_SECURITY/, UNKNOWN, 'tls', 'popupNetTls', NOT_KNOWN],
  [/SSL|TLS|ECH_/, UNKNOWN, 'other', 'popupNetTls', NOT_KNOWN],
  [/^ERR_(HTTP2_|QUIC_|HTTP_1_1_)/, UNKNOWN, 'protocol', 'popupNetProtocol', NOT_KNOWN],
  [/QUIC|HTTP2|HTTP_1_1/, UNKNOWN, 'other', 'popupNetProtocol', NOT_KNOWN],
  [/INVALID_RESPONSE|CONTENT_LENGTH|CHUNKED|DECODING|PARTIAL_TRANSFER|CORRUPTED|CONTENT_ENCODING/, UNKNOWN, 'response', 'popupNetGarbled', NOT_KNOWN],
];

const toError = ([, blame, report, key, meaning]: Row): NetworkError => ({ ...blame, report, key, meaning });

const EXACT: ReadonlyMap<string, NetworkError> = new Map(ROWS.flatMap((row) => (typeof row[0] === 'string' ? [[row[0], toError(row)] as const] : [])));
const PATTERNS: readonly (readonly [RegExp, NetworkError])[] = ROWS.flatMap((row) => (typeof row[0] === 'string' ? [] : [[row[0], toError(row)] as const]));
const NOT_KNOWN_ERROR: NetworkError = { ...UNKNOWN, report: 'other', key: 'popupNetUnknown', meaning: NOT_KNOWN };

/** The exact names the table knows (each a row of its own). */
export const KNOWN_NETWORK_ERRORS: readonly string[] = [...EXACT.keys()];

const NAME = /^(?:ERR|NS_ERROR|NS_BINDING|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR)_[A-Z0-9_]+$/;

/** Whether a string is shaped like a browser's network error name (what Diagnosis.networkError holds). */
export function isNetworkErrorName(name: string): boolean {
  return NAME.test(name);
}

function nameOf(error: string): string {
  return error.trim().replace(/^net::/i, '').toUpperCase().slice(0, 100);
}

function lookUp(name: string): NetworkError {
  const exact = EXACT.get(name);
  if (exact !== undefined) return exact;
  for (const [pattern, error] of PATTERNS) if (pattern.test(name)) return error;
  return NOT_KNOWN_ERROR;
}

/** "net::ERR_X" and "NS_ERROR_X" alike; never throws. */
export function readNetworkError(error: string): { name: string; info: NetworkError } {
  const name = nameOf(error);
  return { name, info: lookUp(name) };
}

/**
 * Errors that are not failures to list: a cancelled request (navigation, the page closing, an aborted
 * fetch), an ad blocker's or another extension's block, Firefox's tracking protection, anything the
 * browser or the page's own policy blocked (ERR_BLOCKED_BY_…: ORB, CSP, an administrator).
 */
export function notAFailure(error: string): boolean {
  return readNetworkError(error).info.ignore;
}

/** The coarse class a shared report carries for a network error (its exact wording varies by browser build). */
export function netErrorClass(error: string): NetErrorClass {
  return readNetworkError(error).info.report;
}

/** The popup's words for a network error name (Diagnosis.networkError). */
export function networkMeaningKey(name: string): ExplainKey {
  return lookUp(name).key;
}

/** DNS failures read differently in a headline: the name, not the server, is what is missing. */
export function isDnsError(name: string): boolean {
  return networkMeaningKey(name) === 'popupNetDns';
}

/** The browser's network error name behind a diagnosis without a status, or undefined. */
export function networkErrorOf(diagnosis: Pick<Diagnosis, 'status' | 'networkError'>): string | undefined {
  return diagnosis.status === undefined ? diagnosis.networkError : undefined;
}
