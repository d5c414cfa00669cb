// Size of what the background worker loads: the files its manifest entry imports, transitively; and how
// much of it the registrable-domain library is, beside the other such libraries package.json names.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { CALL_SITES, domainTestHosts } from './domain-hosts';
import { bundledSize, getDomainOpsPerSecond } from './domain-library';

export function backgroundBundleKiB(dist: string): number {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const entry = manifest.background?.service_worker;
  if (!entry) throw new Error(`no background.service_worker in ${dist}/manifest.json (run npm run build)`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1] ?? '';
      visit(normalize(spec.startsWith('/') ? spec.slice(1) : join(dirname(file), spec)));
    }
  };
  visit(entry);
  const bytes = [...seen].reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

export interface DomainLibraryFigures {
  shipped: string;
  shippedKiB: number;
  /** The shipped library's share of the background bundle. */
  shippedShare: string;
  hosts: number;
  candidates: { name: string; version: string; minKiB: number; gzipKiB: number; disagreements: Record<Site, number>; opsPerSecond: Record<Site, number> }[];
}

type Site = keyof typeof CALL_SITES;
type GetDomain = (host: string, options: object) => string | null;
const ROOT = join(import.meta.dirname, '..');
const LIBRARIES = ['tldts-experimental', 'tldts', 'tldts-icann'];

/**
 * The registrable-domain libraries package.json names: each bundled alone as both call sites use it, its
 * disagreements with tldts (the exact list) on the repo's and the tricky hosts, its speed; and the shipped
 * one's share of the background bundle. The wider comparison, with libraries not installed: registrable-domain.md.
 */
export async function benchDomainLibraries(backgroundKiB: number): Promise<DomainLibraryFigures> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const named = LIBRARIES.filter((name) => name in pkg.dependencies || name in pkg.devDependencies);
  const shipped = named.find((name) => name in pkg.dependencies);
  if (!shipped) throw new Error(`package.json ships none of ${LIBRARIES.join(', ')}`);
  const hosts = [...new Set(domainTestHosts())];
  const exact = ((await import('tldts')) as { getDomain: GetDomain }).getDomain;
  const sites = Object.keys(CALL_SITES) as Site[];
  const candidates: DomainLibraryFigures['candidates'] = [];
  for (const name of named) {
    const getDomain = ((await import(name)) as { getDomain: GetDomain }).getDomain;
    const answers = sites.filter((site) => name !== 'tldts-icann' || site === 'icann'); // tldts-icann has no private suffixes
    const code = `import { getDomain } from '${name}';\n${answers.map((s) => `export const ${s}Domain = (h) => getDomain(h, ${JSON.stringify(CALL_SITES[s])});`).join('\n')}`;
    const per = (f: (site: Site) => number) => Object.fromEntries(sites.map((site) => [site, answers.includes(site) ? f(site) : Number.NaN])) as Record<Site, number>;
    const disagreements = per((site) => hosts.filter((host) => getDomain(host, CALL_SITES[site]) !== exact(host, CALL_SITES[site])).length);
    const opsPerSecond = per((site) => getDomainOpsPerSecond((host) => getDomain(host, CALL_SITES[site]), hosts));
    const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    candidates.push({ name, version, ...(await bundledSize(code, ROOT)), disagreements, opsPerSecond });
  }
  const shippedKiB = candidates.find((c) => c.name === shipped)!.minKiB;
  return { shipped, shippedKiB, shippedShare: `${Math.round((shippedKiB / backgroundKiB) * 100)} %`, hosts: hosts.length, candidates };
}
