// How each browser is told that the scenario hosts live on 127.0.0.1 (exact names: both browsers map
// only these, so any other name fails to resolve instead of silently reaching the simulator).

function checked(hosts: readonly string[]): readonly string[] {
  if (hosts.length === 0) throw new Error('no hosts to map to 127.0.0.1');
  const bad = hosts.find((host) => !/^[a-z0-9.-]+$/i.test(host));
  if (bad) throw new Error(`cannot map "${bad}": give exact host names (no wildcards, ports or schemes)`);
  return hosts;
}

/** Chromium's `--host-resolver-rules` value: `MAP <host> 127.0.0.1, …` (the URL's port is kept). */
export function chromiumHostRules(hosts: readonly string[]): string {
  return checked(hosts)
    .map((host) => `MAP ${host} 127.0.0.1`)
    .join(', ');
}

/**
 * Firefox prefs: `network.dns.localDomains` resolves exactly these names to loopback (checked in Firefox
 * ESR 153; `network.dns.forceResolve` would send every name there). HTTPS-First is off because the
 * simulator speaks plain HTTP.
 */
export function firefoxHostPrefs(hosts: readonly string[]): Record<string, string | boolean> {
  return {
    'network.dns.localDomains': checked(hosts).join(','),
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
  };
}
