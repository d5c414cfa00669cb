// A browser network error string → the coarse class a report may carry (never the raw string: its exact
// wording varies by browser build and is not needed to count an outage).
import { readNetworkError } from '../network-errors';
import type { NetErrorClass } from './schema';

// First match wins: more specific patterns before the broad ones.
const CLASSES: readonly [RegExp, NetErrorClass][] = [
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION|^ERR_DNS_|UNKNOWN_HOST/, 'dns'],
  [/TIMED_OUT|TIMEOUT/, 'timeout'],
  [/REFUSED/, 'refused'],
  [/RESET|ABORTED|INTERRUPT/, 'reset'],
  [/CLOSED|EMPTY_RESPONSE/, 'closed'],
  [/UNREACHABLE|CONNECTION_FAILED/, 'unreachable'],
  [/^(ERR_SSL_|ERR_CERT_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_|ERR_ECH_)|INADEQUATE_(TRANSPORT_)?SECURITY/, 'tls'],
  [/^ERR_(HTTP2_|QUIC_|HTTP_1_1_)/, 'protocol'],
  [/INVALID_RESPONSE|CONTENT_LENGTH|CHUNKED|DECODING|PARTIAL_TRANSFER|CORRUPTED|CONTENT_ENCODING/, 'response'],
  [/REDIRECT/, 'redirect'],
];

export function netErrorClass(error: string): NetErrorClass {
  const { name } = readNetworkError(error);
  for (const [pattern, cls] of CLASSES) if (pattern.test(name)) return cls;
  return 'other';
}
