// DigitalOcean's geofeed (RFC 8805 CSV: prefix,country,region,city,postal) [U URL]. Hosting, not an edge:
// App Platform sites are served from Cloudflare addresses.
import type { RangeParseResult } from '../../ipranges/ip-range';
import { listLines } from '../../ipranges/list-lines';
import { RangeCollector } from '../../ipranges/range-collector';

export function parseDigitaloceanGeofeed(text: string): RangeParseResult {
  const collector = new RangeCollector();
  if (typeof text !== 'string') {
    collector.skip('the geofeed is not text');
    return collector.result();
  }
  for (const [line, entry] of listLines(text)) {
    const [prefix, country, region, city] = entry.split(',').map((field) => field.trim());
    if (line === 1 && prefix?.toLowerCase() === 'prefix') continue; // a header row
    const place = [city, region, country].find((field) => field !== undefined && field !== '');
    collector.add(prefix, { provider: 'digitalocean', edge: false, ...(place !== undefined ? { region: place } : {}) }, 'line', line);
  }
  return collector.result();
}
