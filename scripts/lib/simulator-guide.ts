// What `npm run simulate` (and `npm start` with a window) prints: each scenario's URL, and how to point a
// browser's name resolution for the scenario hosts at the simulator.
import { chromiumHostRules, firefoxHostPrefs } from './host-mapping';
import type { ScenarioServer } from './scenario-server';
import { type Scenario, scenarioHosts } from './scenarios';

export function scenarioList(server: ScenarioServer, scenarios: readonly Scenario[]): string {
  const width = Math.max(...scenarios.map((scenario) => scenario.name.length));
  return scenarios.map((scenario) => `  ${scenario.name.padEnd(width)}  ${server.urlOf(scenario)}\n  ${' '.repeat(width)}  ${scenario.summary}`).join('\n');
}

export function browserFlags(scenarios: readonly Scenario[], dist: string): string {
  const hosts = scenarioHosts(scenarios);
  const rules = chromiumHostRules(hosts);
  const prefs = Object.entries(firefoxHostPrefs(hosts));
  return [
    'Chromium: map the scenario hosts with',
    `  --host-resolver-rules="${rules}"`,
    `  e.g. chromium --user-data-dir="$(mktemp -d)" --load-extension="${dist}" --host-resolver-rules="…" <a URL above>`,
    '',
    'Firefox: set these prefs (about:config, or user.js in a fresh profile), then load dist/manifest.json',
    'as a temporary add-on in about:debugging:',
    ...prefs.map(([name, value]) => `  user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`),
  ].join('\n');
}
