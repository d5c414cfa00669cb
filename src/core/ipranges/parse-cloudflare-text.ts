// https://www.cloudflare.com/ips-v4 and /ips-v6: one CIDR per line (providers.md §2). Anycast edge.
import type { RangeParseResult } from './ip-range';
import { RangeCollector } from './range-collector';

export function parseCloudflareText(text: string): RangeParseResult {
  const collector = new RangeCollector();
  if (typeof text !== 'string') {
    collector.skip('the list is not text');
    return collector.result();
  }
  let line = 0;
  for (const raw of text.split(/\r?\n/)) {
    line++;
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    collector.add(entry, { provider: 'cloudflare', edge: true }, 'line', line);
  }
  return collector.result();
}
