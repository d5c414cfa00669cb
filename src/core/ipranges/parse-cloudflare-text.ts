// https://www.cloudflare.com/ips-v4 and /ips-v6: one CIDR per line (providers.md §2). Anycast edge.
import type { RangeParseResult } from './ip-range';
import { listLines } from './list-lines';
import { RangeCollector } from './range-collector';

export function parseCloudflareText(text: string): RangeParseResult {
  const collector = new RangeCollector();
  if (typeof text !== 'string') {
    collector.skip('the list is not text');
    return collector.result();
  }
  for (const [line, entry] of listLines(text)) {
    collector.add(entry, { provider: 'cloudflare', edge: true }, 'line', line);
  }
  return collector.result();
}
