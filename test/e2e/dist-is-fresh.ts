// dist/ is fresh when it was built after the last change to anything that goes into it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The built extension: DETOUR_DIST when set (vite.config.ts and finish-manifest read it too), else dist/. */
export const DIST = process.env.DETOUR_DIST ?? join(ROOT, 'dist');
const INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'scripts/finish-manifest.mjs', 'package.json', 'package-lock.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export function distIsFresh(): boolean {
  const builtManifest = join(DIST, 'manifest.json');
  if (!existsSync(builtManifest)) return false;
  const builtAt = statSync(builtManifest).mtimeMs;
  return INPUTS.map((input) => join(ROOT, input))
    .filter((path) => existsSync(path))
    .every((path) => newestChange(path) <= builtAt);
}
