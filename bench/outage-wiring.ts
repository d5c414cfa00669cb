// Outage-awareness wiring on the hot path: what the background adds per response. A healthy answer naming a
// provider costs one Map lookup in the incident watch (more only while that provider is being watched);
// a failure feeds the detector; a network error is classified with the published ranges loaded.
import { incidentWatch } from '../src/background/incident-watch';
import { createClassifier } from '../src/core/classify';
import { seedIpLookup } from '../src/core/ip-owner';
import { createRangeLookup, parseAws } from '../src/core/ipranges';
import type { Failure, Observation } from '../src/core/types';
import type { FailureRecord } from '../src/store/schema';
import { random } from '../test/core/incidents/timeline';
import { generateAwsRanges } from '../test/core/ipranges/generate-aws-ranges';
import { measure, type Figure } from './measure';

export function benchOutageWiring(): Record<string, Figure> {
  const results: Record<string, Figure> = {};
  const rnd = random(17);

  // Network errors with server addresses: seed lookup vs the lists (AWS at full size) with the seed behind.
  const ranges = createRangeLookup(parseAws(JSON.stringify(generateAwsRanges())).ranges);
  const withLists = createClassifier({ lookupIp: (ip) => ranges(ip) ?? seedIpLookup(ip), hostProvider: () => undefined });
  const seedOnly = createClassifier({ lookupIp: seedIpLookup });
  const ips = Array.from({ length: 4096 }, () => `${[3, 13, 52, 104, 151, 18][Math.floor(rnd() * 6)]}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}`);
  const errors = (i: number): Observation => ({ url: `https://www.site${i % 500}.example/app.js`, error: 'net::ERR_CONNECTION_RESET', ip: ips[i % ips.length] });
  for (let i = 0; i < 50_000; i++) withLists(errors(i));
  for (let i = 0; i < 50_000; i++) seedOnly(errors(i));
  results['outage.classify.netError.seed'] = measure(errors, seedOnly, 100_000);
  results['outage.classify.netError.lists'] = measure(errors, withLists, 100_000);

  // The incident watch: healthy answers from unwatched and watched providers, and failures.
  const watch = incidentWatch({ onOpened: () => undefined, onChange: () => undefined });
  watch.rebuild({}, [], 0);
  const t0 = Date.parse('2025-11-18T00:00:00Z');
  const classes: Failure[] = ['edge', 'origin', 'origin', 'origin', 'block', 'client'];
  let time = t0;
  const record = (i: number): FailureRecord => {
    time += 200 + Math.floor(rnd() * 2000);
    const site = `www.site${Math.floor(rnd() * 300)}.example`;
    const provider = i % 50_000 < 2_000 ? 'p0' : `p${Math.floor(rnd() * 30)}`;
    const failure = classes[Math.floor(rnd() * classes.length)] ?? 'origin';
    return {
      id: `s:${i}`, tabId: 1, pageId: '1-0', pageUrl: `https://${site}/`, url: `https://cdn.${site}/a.js`, host: `cdn.${site}`, type: 'script', time,
      provider, failure, diagnosis: { provider, failure, pop: 'FRA', evidence: [] },
    };
  };
  for (let i = 0; i < 50_000; i++) watch.failure(record(i));
  results['outage.failure'] = measure(record, (r) => watch.failure(r), 200_000);
  results['outage.healthy.unwatched'] = measure((i) => i, (i) => watch.healthy(`q${i % 30}`, 'ok.example', 'FRA', time), 200_000);
  results['outage.healthy.watched'] = measure((i) => i, (i) => watch.healthy(`p${i % 30}`, 'ok.example', 'FRA', time), 200_000);
  return results;
}
