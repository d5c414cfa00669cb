// https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json:
// {last_updated_timestamp, regions:[{region, cidrs:[{cidr, tags:[…]}]}]} [U fields]. Hosting, not an edge.
import type { RangeParseResult } from '../../ipranges/ip-range';
import { RangeCollector, isRecord, preview, readJson } from '../../ipranges/range-collector';

export function parseOracle(input: unknown): RangeParseResult {
  const collector = new RangeCollector();
  const body = readJson(input, collector, 'public_ip_ranges.json');
  const regions = isRecord(body) ? body.regions : undefined;
  if (!Array.isArray(regions)) {
    if (body !== undefined) collector.skip('public_ip_ranges.json has no regions array');
    return collector.result();
  }
  regions.forEach((region: unknown, r) => {
    if (!isRecord(region) || !Array.isArray(region.cidrs)) {
      collector.skip(`regions[${r}]: no cidrs array (${preview(region)})`);
      return;
    }
    const name = typeof region.region === 'string' && region.region !== '' ? { region: region.region } : {};
    region.cidrs.forEach((entry: unknown, i) => {
      const cidr = isRecord(entry) ? entry.cidr : entry;
      const tag = isRecord(entry) && Array.isArray(entry.tags) && typeof entry.tags[0] === 'string' ? { service: entry.tags[0].toLowerCase() } : {};
      collector.add(cidr, { provider: 'oracle', edge: false, ...name, ...tag }, `regions[${r}].cidrs`, i);
    });
  });
  return collector.result();
}
