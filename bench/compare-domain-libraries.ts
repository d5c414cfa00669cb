// One-off: candidate registrable-domain libraries installed in a scratch folder, against the tldts this
// repo installs, for both of Detour's call sites: bundled size, disagreements, getDomain speed.
//   mkdir /tmp/tld && cd /tmp/tld && npm init -y
//   npm i tldts tldts-icann tldts-experimental psl parse-domain tldts-same-list@npm:tldts@<tldts-experimental's version>
//   npx tsx bench/compare-domain-libraries.ts /tmp/tld [/usr/share/publicsuffix/public_suffix_list.dat]
// The hosts: domainTestHosts() (the repo's tests, captures and HARs, and tricky ones); with a public-suffix
// list file also a wide set: three hosts under every rule, and random names under random rules and TLDs.
// Not part of `npm run bench` (which needs only package.json's packages); its output is in bench/registrable-domain.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CALL_SITES, domainTestHosts } from './domain-hosts';
import { bundledSize, fastestOfRounds } from './domain-library';

type Site = keyof typeof CALL_SITES;
const SITES = Object.keys(CALL_SITES) as Site[];
type Ask = (host: string, site: Site) => string | null | undefined; // undefined: this library cannot answer for that site

interface Candidate { name: string; importCode: string; ask: Ask; wide: boolean }

const [scratch, pslFile] = process.argv.slice(2);
if (!scratch) throw new Error('usage: tsx bench/compare-domain-libraries.ts <folder with the candidates installed> [public_suffix_list.dat]');
const fromScratch = createRequire(join(scratch, 'package.json'));
const load = async (name: string): Promise<Record<string, unknown>> => import(pathToFileURL(fromScratch.resolve(name)).href) as Promise<Record<string, unknown>>;
const versionOf = (name: string): string => (JSON.parse(readFileSync(join(scratch, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const installed = (name: string): boolean => { try { fromScratch.resolve(name); return true; } catch { return false; } };

type GetDomain = (host: string, options: object) => string | null;
const tldtsLike = async (name: string, sites: readonly Site[]): Promise<Candidate> => {
  const getDomain = (await load(name)).getDomain as GetDomain;
  return {
    name,
    importCode: `import { getDomain } from '${name}';\n${sites.map((s) => `export const ${s}Domain = (h) => getDomain(h, ${JSON.stringify(CALL_SITES[s])});`).join('\n')}`,
    ask: (host, site) => (sites.includes(site) ? getDomain(host, CALL_SITES[site]) : undefined),
    wide: true,
  };
};

async function candidates(): Promise<Candidate[]> {
  const psl = (await load('psl')) as { get?: (host: string) => string | null; default?: { get: (host: string) => string | null } };
  const pslGet = psl.get ?? psl.default!.get;
  type Parsed = { type: string; domain?: string; topLevelDomains?: string[]; icann?: { domain?: string; topLevelDomains: string[] } };
  const parseDomain = (await load('parse-domain')).parseDomain as (host: string) => Parsed;
  const joined = (domain: string | undefined, tlds: string[] | undefined) => (domain && tlds?.length ? `${domain}.${tlds.join('.')}` : null);
  return [
    await tldtsLike('tldts', SITES),
    await tldtsLike('tldts-experimental', SITES),
    ...(installed('tldts-same-list') ? [await tldtsLike('tldts-same-list', SITES)] : []),
    await tldtsLike('tldts-icann', ['icann']),
    // psl knows one list, private suffixes included: it can answer for incidents only.
    { name: 'psl', importCode: `import { get } from 'psl';\nexport const p = get;`, ask: (host, site) => (site === 'private' ? pslGet(host) : undefined), wide: true },
    {
      name: 'parse-domain',
      importCode: `import { parseDomain } from 'parse-domain';\nexport const p = parseDomain;`,
      ask: (host, site) => {
        const parsed = parseDomain(host.toLowerCase());
        if (parsed.type !== 'LISTED') return null;
        return site === 'private' ? joined(parsed.domain, parsed.topLevelDomains) : joined(parsed.icann?.domain, parsed.icann?.topLevelDomains);
      },
      wide: false, // a few thousand calls a second: the wide set would take an hour
    },
  ];
}

/** Hosts under every rule of a public-suffix list, and random names under random rules and unknown TLDs. */
function wideHosts(file: string): string[] {
  const rules = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
  const ascii = (host: string): string => { try { return new URL(`http://${host}/`).hostname; } catch { return host; } };
  const hosts = new Set<string>();
  for (const rule of rules) {
    const base = ascii(rule.replace(/^!/, '').replace(/^\*\./, 'w.'));
    for (const h of [base, `a.${base}`, `b.a.${base}`]) hosts.add(h);
  }
  let seed = 42; // mulberry32: the same names every run
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const label = (): string => Array.from({ length: 1 + Math.floor(random() * 10) }, () => 'abcdefghijklmnopqrstuvwxyz0123456789-'[Math.floor(random() * 36)]).join('');
  for (let i = 0; i < 100_000; i++) {
    const under = i % 4 === 0 ? label() : ascii(rules[Math.floor(random() * rules.length)]!.replace(/^[!*.]+/, ''));
    hosts.add(Array.from({ length: 1 + Math.floor(random() * 3) }, label).concat(under).join('.'));
  }
  return [...hosts];
}

function differences(c: Candidate, reference: GetDomain, hosts: readonly string[]): Record<Site, string[] | 'cannot answer'> {
  const out = {} as Record<Site, string[] | 'cannot answer'>;
  for (const site of SITES) {
    if (c.ask('example.com', site) === undefined) { out[site] = 'cannot answer'; continue; }
    const diffs: string[] = [];
    for (const host of hosts) {
      let got: string | null | undefined;
      try { got = c.ask(host, site); } catch (e) { got = `throws ${(e as Error).message}`; }
      const want = reference(host, CALL_SITES[site]);
      if (got !== want) diffs.push(`${JSON.stringify(host)}: ${got} (tldts ${want})`);
    }
    out[site] = diffs;
  }
  return out;
}

const reference = ((await import('tldts')) as { getDomain: GetDomain }).getDomain; // the repo's own, from package.json
// tldts built from the same list snapshot as tldts-experimental: what differs from it is the packed hash, not the list.
const sameList = installed('tldts-same-list') ? ((await load('tldts-same-list')) as { getDomain: GetDomain }).getDomain : undefined;
const hosts = [...new Set(domainTestHosts())];
const wide = pslFile ? wideHosts(pslFile) : [];
console.log(`${hosts.length} repo and tricky hosts, ${wide.length} wide hosts; reference: the repo's tldts ${(createRequire(import.meta.url)('tldts/package.json') as { version: string }).version}`);
const count = (d: string[] | 'cannot answer') => (typeof d === 'string' ? d : String(d.length));
const rows: { c: Candidate; cells: string }[] = [];
for (const c of await candidates()) {
  const size = await bundledSize(c.importCode, scratch);
  const repo = differences(c, reference, hosts);
  const far = pslFile && c.wide ? differences(c, reference, wide) : undefined;
  const farSameList = pslFile && c.wide && sameList ? differences(c, sameList, wide) : undefined;
  const cells = [
    `${c.name} ${versionOf(c.name)}`, size.minKiB, size.gzipKiB,
    ...SITES.map((s) => count(repo[s])),
    ...SITES.map((s) => (far ? count(far[s]) : 'not run')),
    ...SITES.map((s) => (farSameList ? count(farSameList[s]) : 'not run')),
  ];
  rows.push({ c, cells: cells.join(' | ') });
  for (const [set, diffs] of [['repo', repo], ['wide', far], ['wide vs same-list tldts', farSameList]] as const) {
    for (const site of SITES) {
      const list = diffs?.[site];
      if (!Array.isArray(list)) continue;
      for (const d of list.slice(0, 20)) console.log(`  ${c.name} [${set}, ${site}] ${d}`);
      if (list.length > 20) console.log(`  ${c.name} [${set}, ${site}] … ${list.length} in all`);
    }
  }
}
// Speed last, every library and call site in turn, best of five: the machine is shared and its load moves.
const calls = Object.fromEntries(rows.flatMap(({ c }) => SITES.filter((s) => c.ask('example.com', s) !== undefined).map((s) => [`${c.name} ${s}`, (h: string) => c.ask(h, s)])));
const speed = fastestOfRounds(calls, hosts);
const perSecond = (name: string) => (speed[name] === undefined ? '—' : speed[name].toLocaleString('en'));
console.log('| library | minified KiB | gzip KiB | differs on repo hosts, ICANN only | private on | differs on wide hosts, ICANN only | private on | wide, from same-list tldts, ICANN only | private on | getDomain/s, ICANN only | private on |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { c, cells } of rows) console.log(`| ${cells} | ${SITES.map((s) => perSecond(`${c.name} ${s}`)).join(' | ')} |`);
