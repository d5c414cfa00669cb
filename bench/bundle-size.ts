// Size of what the background worker loads: the files its manifest entry imports, transitively.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

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
