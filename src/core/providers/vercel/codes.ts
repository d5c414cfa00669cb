// Vercel's error codes → who is at fault (providers.md §1.7; https://vercel.com/docs/errors).
import type { Failure } from '../../types';
import { table } from '../../verdict';

export const VERCEL_CODES: Readonly<Record<string, Failure>> = table({
  NOT_FOUND: 'client', RESOURCE_NOT_FOUND: 'client', FUNCTION_PAYLOAD_TOO_LARGE: 'client',
  INVALID_REQUEST_METHOD: 'client', MALFORMED_REQUEST_HEADER: 'client', REQUEST_HEADER_TOO_LARGE: 'client',
  URL_TOO_LONG: 'client', RANGE_END_NOT_VALID: 'client', RANGE_GROUP_NOT_VALID: 'client',
  RANGE_MISSING_UNIT: 'client', RANGE_START_NOT_VALID: 'client', RANGE_UNIT_NOT_SUPPORTED: 'client',
  TOO_MANY_RANGES: 'client', INVALID_IMAGE_OPTIMIZE_REQUEST: 'client',
  DEPLOYMENT_NOT_FOUND: 'origin', DEPLOYMENT_DELETED: 'origin', DEPLOYMENT_DISABLED: 'origin',
  DEPLOYMENT_BLOCKED: 'origin', DEPLOYMENT_PAUSED: 'origin', DEPLOYMENT_NOT_READY_REDIRECTING: 'origin',
  DNS_HOSTNAME_NOT_FOUND: 'origin', DNS_HOSTNAME_RESOLVE_FAILED: 'origin', DNS_HOSTNAME_SERVER_ERROR: 'origin',
  DNS_HOSTNAME_EMPTY: 'origin', DNS_HOSTNAME_RESOLVED_PRIVATE: 'origin',
  FUNCTION_INVOCATION_FAILED: 'origin', FUNCTION_INVOCATION_TIMEOUT: 'origin',
  FUNCTION_RESPONSE_PAYLOAD_TOO_LARGE: 'origin', FUNCTION_THROTTLED: 'origin',
  EDGE_FUNCTION_INVOCATION_FAILED: 'origin', EDGE_FUNCTION_INVOCATION_TIMEOUT: 'origin',
  MIDDLEWARE_INVOCATION_FAILED: 'origin', MIDDLEWARE_INVOCATION_TIMEOUT: 'origin',
  NO_RESPONSE_FROM_FUNCTION: 'origin', BODY_NOT_A_STRING_FROM_FUNCTION: 'origin',
  INFINITE_LOOP_DETECTED: 'origin', ROUTER_CANNOT_MATCH: 'origin', ROUTER_EXTERNAL_TARGET_ERROR: 'origin',
  ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR: 'origin', ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR: 'origin',
  ROUTER_TOO_MANY_HAS_SELECTIONS: 'origin', OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED: 'origin',
  INFINITE_LOOP: 'origin', V1_NO_SCALED_DEPLOYMENTS: 'origin',
  SANDBOX_NOT_FOUND: 'origin', SANDBOX_NOT_LISTENING: 'origin', SANDBOX_STOPPED: 'origin',
});

export const VERCEL_PREFIXES: readonly [string, Failure][] = [
  ['INTERNAL_', 'edge'], // Vercel's own platform failed
  ['DEPLOYMENT_', 'origin'],
  ['FUNCTION_', 'origin'],
  ['EDGE_FUNCTION_', 'origin'],
  ['MIDDLEWARE_', 'origin'],
  ['DNS_', 'origin'],
  ['ROUTER_', 'origin'],
];
