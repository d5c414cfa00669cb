// Post-build: make dist/ load in Chrome and Firefox from one manifest.
// crxjs writes background.service_worker = <loader>; Firefox MV3 wants background.scripts, and Chrome
// ignores `scripts` when `service_worker` is present (shared/docs/browsers.md, "One build for both browsers").
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const distDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestPath = join(distDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const loader = manifest.background?.service_worker;
if (typeof loader !== 'string' || loader === '') {
  throw new Error(`${manifestPath}: no background.service_worker to mirror into background.scripts`);
}
manifest.background.scripts = [loader];
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`finish-manifest: background.scripts = [${loader}] in ${manifestPath}`);
