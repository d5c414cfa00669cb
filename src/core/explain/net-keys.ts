// Every message key src/net picks for a failed download or lookup: each must exist in src/locales/en/net.json
// (t() only accepts keys that do, so tsc checks this list against the JSON). Listed in the core because the
// lookups and status results the core reads carry these phrases.
export type NetKey =
  | 'netArchiveBadRedirect'
  | 'netArchiveCaptcha'
  | 'netArchiveNoLocation'
  | 'netArchiveNoRedirect'
  | 'netArchiveNotRedirect'
  | 'netArchiveRedirectAway'
  | 'netDnsNoList'
  | 'netDnsStatus'
  | 'netGatewayWrongFile'
  | 'netHttp'
  | 'netHttpText'
  | 'netNoMementos'
  | 'netNotDnsName'
  | 'netNotGateway'
  | 'netNotJson'
  | 'netNotUrl'
  | 'netNotWebAddress'
  | 'netTimeout'
  | 'netTooBig'
  | 'netTooBigDeclared'
  | 'netUnreachable'
  | 'netWaybackElsewhere'
  | 'netWaybackNoSnapshots'
  | 'netWaybackUnusable';
