// A provider is one folder: each module in the provider list lives in src/core/providers/<id>/, and what the
// rest of Detour knows per provider (range sources and parsers, status feeds, product names, own paths, the
// seed lookup, display names) is derived from the list, so a provider's folder is the only place to edit.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productName } from '../../../src/core/explain/service-names';
import { providerName } from '../../../src/core/incidents';
import { SEED_COVERAGE, seedIpLookup } from '../../../src/core/ip-owner';
import { RANGE_SOURCES, parseRangeList } from '../../../src/core/ipranges';
import { providerOwnPath } from '../../../src/core/provider-own-path';
import { PROVIDERS } from '../../../src/core/providers';
import { STATUS_FEEDS } from '../../../src/core/status/status-feeds';

const DIR = join(import.meta.dirname, '../../../src/core/providers');

describe('the provider list', () => {
  it('names each provider once, and each has its own folder (and every folder is in the list)', () => {
    const ids = PROVIDERS.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(join(DIR, id, 'index.ts')), id).toBe(true);
    const folders = readdirSync(DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual([...ids].sort());
  });

  it("derives the range sources and their parsers from the providers' folders", () => {
    const declared = PROVIDERS.flatMap((module) => (module.rangeLists ?? []).map((list) => `${module.id}/${list.id}`));
    expect(RANGE_SOURCES.map((source) => `${source.provider}/${source.id}`)).toEqual(declared);
    expect(new Set(RANGE_SOURCES.map((source) => source.id)).size).toBe(RANGE_SOURCES.length);
    for (const source of RANGE_SOURCES) expect(parseRangeList(source.format, '').problems.join()).not.toMatch(/unknown list format/);
  });

  it('derives status feeds, product names, own paths, display names and the seed from them', () => {
    expect(Object.keys(STATUS_FEEDS).sort()).toEqual(PROVIDERS.filter((module) => module.status !== undefined).map((module) => module.id).sort());
    for (const module of PROVIDERS) {
      expect(providerName(module.id)).toBe(module.name);
      for (const [service, name] of Object.entries(module.products ?? {})) expect(productName(module.id, service) === name || ['cdn', 'challenges'].includes(service)).toBe(true);
      for (const path of module.ownPaths ?? []) expect(providerOwnPath(`https://any.example${path}x`), path).toBe(true);
      for (const cidr of module.seedRanges?.cidrs ?? []) expect(seedIpLookup(cidr.split('/')[0] as string)?.provider, cidr).toBe(module.id);
    }
    expect(SEED_COVERAGE.map((coverage) => coverage.provider)).toEqual(PROVIDERS.filter((module) => module.seedRanges !== undefined).map((module) => module.id));
  });
});
