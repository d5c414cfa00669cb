// `npm run package`: builds Detour and writes the three files a release needs to release/:
// detour-<version>-chrome.zip (Chrome Web Store), detour-<version>-firefox.xpi (addons.mozilla.org, made by
// web-ext build) and detour-<version>-source.zip (the sources AMO's reviewers rebuild the xpi from; README,
// "Building the packages"). The version is package.json's alone: finish-manifest.mjs writes it into the manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// DETOUR_DIST as for npm run build (vite.config.ts, finish-manifest.mjs); DETOUR_RELEASE for the packages.
const distDir = process.env.DETOUR_DIST ?? join(root, 'dist');
const releaseDir = process.env.DETOUR_RELEASE ?? join(root, 'release');

/** Never in the source package, even if tracked by mistake: installed, built and local files. */
const SOURCE_EXCLUDED = ['node_modules', 'dist', 'release', '.tmp'];

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const packages = {
  chrome: join(releaseDir, `detour-${version}-chrome.zip`),
  firefox: join(releaseDir, `detour-${version}-firefox.xpi`),
  source: join(releaseDir, `detour-${version}-source.zip`),
};

// A release is a production build even when called from a test run (vitest sets NODE_ENV=test, and Vite
// then builds preact's development code).
run('npm', ['run', '--silent', 'build'], { env: { ...process.env, DETOUR_DIST: distDir, NODE_ENV: 'production' } });
const builtVersion = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')).version;
if (builtVersion !== version) throw new Error(`${distDir}/manifest.json says version ${builtVersion}, package.json ${version}`);

mkdirSync(releaseDir, { recursive: true });
for (const path of Object.values(packages)) rmSync(path, { force: true });
// Entries dated by the last commit, not the clock: the same commit gives the same zip.
const date = new Date(Number(git(['log', '-1', '--format=%ct']).trim()) * 1000);

await writeZip(packages.chrome, distDir, filesUnder(distDir), date);
run(join(root, 'node_modules', '.bin', 'web-ext'), [
  'build', '--source-dir', distDir, '--artifacts-dir', releaseDir, '--filename', `detour-${version}-firefox.xpi`,
  // A developer's own web-ext config must not change what is shipped.
  '--no-config-discovery', '--overwrite-dest',
]);
await writeZip(packages.source, root, sourceFiles(), date);

for (const path of Object.values(packages)) {
  console.log(`package: ${relative(process.cwd(), path)} ${(statSync(path).size / 1024).toFixed(1)} KiB`);
}

function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`npm run package lists the sources with git (git ${args.join(' ')} failed): run it in a git checkout\n${error.stderr ?? ''}`);
  }
}

/** Every file below dir, as paths relative to it with / separators, sorted. */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(dir, path) : [path];
    })
    .sort();
}

/** The files git tracks, as they are in the working tree (what the build just used), minus SOURCE_EXCLUDED. */
function sourceFiles() {
  return git(['ls-files', '-z'])
    .split('\0')
    .filter((path) => path !== '' && !SOURCE_EXCLUDED.some((excluded) => path === excluded || path.startsWith(`${excluded}/`)))
    // A tracked file deleted in the working tree is not part of what was built.
    .filter((path) => existsSync(join(root, path)))
    .sort();
}

async function writeZip(target, dir, paths, date) {
  const zip = new JSZip();
  for (const path of paths) {
    const file = join(dir, ...path.split('/'));
    // Keep the executable bit (.ci/run); everything else is an ordinary file.
    const unixPermissions = statSync(file).mode & 0o111 ? 0o100755 : 0o100644;
    zip.file(path, readFileSync(file), { date, unixPermissions, createFolders: false });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  writeFileSync(target, bytes);
}
