// Browser network error strings → what they suggest (providers.md §5). Chrome warns these strings may
// change between releases, so anything unknown falls back to 'unknown'.
import type { Failure } from './types';
import { table } from './verdict';

export interface NetworkError {
  meaning: string;
  alone: Failure; // when nothing places a provider
  atEdge: Failure; // when the address or host is a provider's own edge
}

const dns = (meaning: string): NetworkError => ({ meaning, alone: 'unknown', atEdge: 'unknown' });
const path = (meaning: string, alone: Failure = 'unknown'): NetworkError => ({ meaning, alone, atEdge: 'edge' });
const site = (meaning: string): NetworkError => ({ meaning, alone: 'origin', atEdge: 'origin' });
const user = (meaning: string): NetworkError => ({ meaning, alone: 'client', atEdge: 'client' });

export const NETWORK_ERRORS: Readonly<Record<string, NetworkError>> = table({
  ERR_NAME_NOT_RESOLVED: dns('the name did not resolve (NXDOMAIN, or its DNS provider is down)'),
  ERR_NAME_RESOLUTION_FAILED: dns('the resolver failed'),
  ERR_DNS_TIMED_OUT: dns('the DNS lookup timed out'),
  ERR_DNS_SERVER_FAILED: dns('the DNS server failed'),
  ERR_DNS_MALFORMED_RESPONSE: dns('the DNS answer was malformed'),
  ERR_DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED: user('the configured secure-DNS resolver cannot be resolved'),
  ERR_DNS_NAME_HTTPS_ONLY: site('the name allows HTTPS only'),
  ERR_DNS_NO_MATCHING_SUPPORTED_ALPN: site("the site's HTTPS DNS record names no protocol the browser supports"),
  NS_ERROR_UNKNOWN_HOST: dns('the name did not resolve'),
  ERR_CONNECTION_REFUSED: path('the server refused the connection', 'origin'),
  NS_ERROR_CONNECTION_REFUSED: path('the server refused the connection', 'origin'),
  ERR_CONNECTION_TIMED_OUT: path('the connection timed out'),
  ERR_TIMED_OUT: path('the request timed out'),
  NS_ERROR_NET_TIMEOUT: path('the connection timed out'),
  ERR_CONNECTION_RESET: path('the connection was reset'),
  ERR_CONNECTION_CLOSED: path('the connection was closed'),
  ERR_CONNECTION_ABORTED: path('the connection was aborted'),
  ERR_EMPTY_RESPONSE: path('the server closed the connection without sending anything'),
  NS_ERROR_NET_RESET: path('the connection was reset'),
  NS_ERROR_NET_INTERRUPT: path('the transfer was interrupted'),
  ERR_CONNECTION_FAILED: path('the connection failed'),
  ERR_ADDRESS_UNREACHABLE: path('the address is unreachable'),
  ERR_SSL_PROTOCOL_ERROR: path('the TLS handshake broke'),
  ERR_QUIC_PROTOCOL_ERROR: path('the HTTP/3 connection failed'),
  ERR_QUIC_HANDSHAKE_FAILED: path('the HTTP/3 handshake failed'),
  ERR_HTTP2_PROTOCOL_ERROR: path('the server broke the HTTP/2 protocol'),
  ERR_HTTP2_PING_FAILED: path('the HTTP/2 connection stopped answering'),
  ERR_HTTP_1_1_REQUIRED: path('the server requires HTTP/1.1'),
  ERR_INVALID_RESPONSE: site('the response was garbled'),
  ERR_CONTENT_LENGTH_MISMATCH: site('the response was cut short'),
  ERR_INCOMPLETE_CHUNKED_ENCODING: site('the response was cut short'),
  ERR_CONTENT_DECODING_FAILED: site('the response could not be decoded'),
  NS_ERROR_NET_PARTIAL_TRANSFER: site('the response was cut short'),
  NS_ERROR_CORRUPTED_CONTENT: site('the response was garbled'),
  NS_ERROR_INVALID_CONTENT_ENCODING: site('the response could not be decoded'),
  ERR_SSL_VERSION_OR_CIPHER_MISMATCH: site('no TLS version or cipher in common: the host is not set up for HTTPS there'),
  ERR_SSL_UNRECOGNIZED_NAME_ALERT: site('the server does not know this host name (SNI)'),
  ERR_ECH_NOT_NEGOTIATED: site('Encrypted ClientHello was not negotiated'),
  ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY: site("the site's TLS set-up is too weak for HTTP/2"),
  NS_ERROR_NET_INADEQUATE_SECURITY: site("the site's TLS set-up is too weak for HTTP/2"),
  ERR_TOO_MANY_REDIRECTS: site('a redirect loop (often a CDN SSL mode set wrongly)'),
  NS_ERROR_REDIRECT_LOOP: site('a redirect loop'),
  ERR_INTERNET_DISCONNECTED: user('this device is offline'),
  ERR_NETWORK_CHANGED: user('the network changed during the request'),
  NS_ERROR_OFFLINE: user('the browser is offline'),
  ERR_NETWORK_ACCESS_DENIED: user('the system or a firewall denied network access'),
  ERR_TUNNEL_CONNECTION_FAILED: user('the proxy tunnel failed'),
  ERR_PROXY_CONNECTION_FAILED: user('the proxy could not be reached'),
  NS_ERROR_PROXY_CONNECTION_REFUSED: user('the proxy refused the connection'),
  NS_ERROR_UNKNOWN_PROXY_HOST: user("the proxy's name did not resolve"),
  ERR_ABORTED: user('the request was cancelled'),
  NS_BINDING_ABORTED: user('the request was cancelled'),
});

const PREFIXES: readonly [string, NetworkError][] = [
  ['ERR_CERT_', site("the site's certificate is not valid (or the connection is intercepted)")],
  ['SEC_ERROR_', site("the site's certificate is not valid")],
  ['SSL_ERROR_', site("the site's TLS set-up is wrong")],
  ['MOZILLA_PKIX_ERROR_', site("the site's certificate is not valid")],
  ['ERR_BLOCKED_BY_', user('blocked inside the browser (an extension, policy or the page itself)')],
  ['ERR_DNS_', dns('a DNS failure')],
  ['ERR_PROXY_', user("the user's proxy failed")],
  ['ERR_QUIC_', path('the HTTP/3 connection failed')],
  ['ERR_SSL_', path('the TLS connection failed')],
];

/**
 * Errors that are not failures to list: a cancelled request (navigation, the page closing, an aborted
 * fetch), an ad blocker's or another extension's block (Chromium ERR_BLOCKED_BY_CLIENT, Firefox
 * NS_ERROR_ABORT), Firefox's tracking protection, anything the browser or the page's own policy blocked
 * (ERR_BLOCKED_BY_…: ORB, CSP, an administrator), Chromium's ERR_FAILED, which is how it reports a
 * request the page's own CORS rules refused, and its ERR_CACHE_MISS (its own cache, e.g. a font load it
 * dropped), which no server caused.
 */
const NOT_FAILURES: ReadonlySet<string> = new Set([
  'ERR_ABORTED', 'NS_BINDING_ABORTED', 'NS_ERROR_ABORT', 'ERR_FAILED', 'ERR_CACHE_MISS',
  'NS_ERROR_TRACKING_URI', 'NS_ERROR_FINGERPRINTING_URI', 'NS_ERROR_CRYPTOMINING_URI', 'NS_ERROR_SOCIALTRACKING_URI', 'NS_ERROR_EMAILTRACKING_URI', 'NS_ERROR_CONTENT_BLOCKED',
]);

export function notAFailure(error: string): boolean {
  const name = error.trim().replace(/^net::/i, '').toUpperCase();
  return NOT_FAILURES.has(name) || name.startsWith('ERR_BLOCKED_BY_');
}

const UNKNOWN: NetworkError = { meaning: 'a network error Detour does not know', alone: 'unknown', atEdge: 'unknown' };

const NAME = /^(?:ERR|NS_ERROR|NS_BINDING|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR)_[A-Z0-9_]+$/;

/** Whether a string is shaped like a browser's network error name (what Diagnosis.networkError holds). */
export function isNetworkErrorName(name: string): boolean {
  return NAME.test(name);
}

/** "net::ERR_X" and "NS_ERROR_X" alike; never throws. */
export function readNetworkError(error: string): { name: string; info: NetworkError } {
  const name = error.trim().replace(/^net::/i, '').toUpperCase().slice(0, 100);
  if (Object.hasOwn(NETWORK_ERRORS, name)) return { name, info: NETWORK_ERRORS[name] ?? UNKNOWN };
  for (const [prefix, info] of PREFIXES) if (name.startsWith(prefix)) return { name, info };
  return { name, info: UNKNOWN };
}
