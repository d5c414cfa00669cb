// Cloudflare's own error codes → who is at fault (providers.md §1.1, "1xxx errors" and error_category).
import type { Failure } from '../../types';
import { table } from '../../verdict';

// CONFIG is the site's own setup on Cloudflare → 'origin'. BLOCK → 'block'.
export const CLOUDFLARE_CODES: Readonly<Record<string, Failure>> = table({
  '1000': 'origin', '1001': 'origin', '1002': 'origin', '1003': 'client', '1004': 'origin',
  '1005': 'block', '1006': 'block', '1007': 'block', '1008': 'block', '1009': 'block',
  '1010': 'block', '1011': 'block', '1012': 'block', '1013': 'client', '1014': 'origin',
  '1015': 'block', '1016': 'origin', '1017': 'origin', '1018': 'origin', '1019': 'origin',
  '1020': 'block', '1021': 'origin', '1022': 'origin', '1023': 'origin', '1024': 'origin',
  '1025': 'origin', '1026': 'block', '1027': 'origin', '1028': 'origin', '1029': 'origin',
  '1033': 'origin', '1034': 'origin', '1035': 'origin', '1036': 'origin', '1037': 'origin',
  '1038': 'origin', '1039': 'block', '1040': 'origin', '1041': 'origin', '1042': 'origin',
  '1043': 'origin', '1044': 'origin', '1045': 'client', '1047': 'origin', '1049': 'origin',
  '1100': 'origin', '1101': 'origin', '1102': 'origin', '1103': 'origin', '1104': 'origin',
  '1105': 'origin', '1106': 'block', '1107': 'block', '1108': 'block', '1109': 'block',
  '1200': 'origin', // cache connection limit: too many requests queued for one origin
  '1201': 'origin', '1202': 'origin', '1203': 'origin', '1204': 'origin', '1205': 'origin', '1206': 'origin',
  '500': 'edge', '502': 'origin', '504': 'origin',
  '520': 'origin', '521': 'origin', '522': 'origin', '523': 'origin', '524': 'origin', '525': 'origin', '526': 'origin',
});

export const CLOUDFLARE_CODE_MEANING: Readonly<Record<string, string>> = table({
  '520': 'the origin returned an empty or malformed response',
  '521': 'the origin refused the connection',
  '522': 'the origin did not answer in time',
  '523': 'the origin is unreachable',
  '524': 'the origin accepted the connection but sent no response in time',
  '525': 'the TLS handshake with the origin failed',
  '526': 'the origin certificate is invalid',
  '1016': 'the origin host name does not resolve',
  '1020': 'a firewall rule blocked the request',
  '1033': "the site's Cloudflare Tunnel is not connected",
  '1101': "the site's Worker threw an exception",
  '1102': "the site's Worker exceeded its CPU or memory limit",
});

/** Worker and Pages Functions codes: the site's own code on Cloudflare's platform. */
export const WORKER_CODES: ReadonlySet<string> = new Set(['1019', '1021', '1022', '1024', '1027', '1042', '1100', '1101', '1102', '1103', '1104', '1105']);

/** Problem JSON `error_category` → failure, when no code of its own is in the table. */
export const CLOUDFLARE_CATEGORIES: Readonly<Record<string, Failure>> = table({
  origin: 'origin', cloudflare: 'edge', ssl: 'origin', access_denied: 'block', rate_limit: 'block',
  dns: 'origin', config: 'origin', tls: 'origin', legal: 'block', worker: 'origin', rewrite: 'origin',
  snippet: 'origin', unsupported: 'client',
});
