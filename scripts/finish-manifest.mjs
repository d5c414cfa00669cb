// Post-build: make dist/ load in Chrome and Firefox from one manifest.
// crxjs writes background.service_worker = <loader>; Firefox MV3 wants background.scripts, and Chrome
// ignores `scripts` when `service_worker` is present (shared/docs/browsers.md, "One build for both browsers").
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// DETOUR_DIST builds elsewhere (e.g. one dist per working copy when several builds run side by side).
const distDir = process.argv[2] ?? process.env.DETOUR_DIST ?? join(root, 'dist');
const manifestPath = join(distDir, 'manifest.json');
// package.json holds the one version; manifest.json leaves it out so that the two cannot disagree.
const version = browserVersion(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
const built = JSON.parse(readFileSync(manifestPath, 'utf8'));
const manifest = { manifest_version: built.manifest_version, version, ...built };

const loader = manifest.background?.service_worker;
if (typeof loader !== 'string' || loader === '') {
  throw new Error(`${manifestPath}: no background.service_worker to mirror into background.scripts`);
}
manifest.background.scripts = [loader];
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`finish-manifest: version ${version}, background.scripts = [${loader}] in ${manifestPath}`);

// Browsers take one to four dot-separated integers; "1.0.0-beta" would fail only when the package is loaded.
function browserVersion(version) {
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) {
    throw new Error(`package.json: version "${version}" is not a browser extension version (1 to 4 dot-separated integers)`);
  }
  return version;
}

// A message may use $1…$9 directly; the documented form names them as placeholders, so write that form.
function withPlaceholders(entry) {
  if (entry.placeholders !== undefined || !/\$[1-9]/.test(entry.message)) return entry;
  const placeholders = {};
  const message = entry.message.replace(/\$([1-9])/g, (_, n) => {
    placeholders[`p${n}`] = { content: `$${n}` };
    return `$P${n}$`;
  });
  return { ...entry, message, placeholders };
}

// UI strings: each part of the UI keeps its own file in src/locales/<lang>/ (so that work on the popup and
// the options page does not collide); the browser wants one _locales/<lang>/messages.json. A key defined
// twice, or an entry without a message, fails the build.
const localesDir = join(root, 'src', 'locales');
for (const lang of readdirSync(localesDir)) {
  const merged = {};
  for (const file of readdirSync(join(localesDir, lang)).filter((name) => name.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));
    for (const [key, entry] of Object.entries(part)) {
      if (!/^[A-Za-z0-9_@]+$/.test(key)) throw new Error(`src/locales/${lang}/${file}: "${key}" is not a valid message name`);
      if (Object.hasOwn(merged, key)) throw new Error(`src/locales/${lang}/${file}: "${key}" is defined twice`);
      if (typeof entry?.message !== 'string') throw new Error(`src/locales/${lang}/${file}: "${key}" has no message`);
      merged[key] = withPlaceholders(entry);
    }
  }
  mkdirSync(join(distDir, '_locales', lang), { recursive: true });
  writeFileSync(join(distDir, '_locales', lang, 'messages.json'), `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`finish-manifest: ${Object.keys(merged).length} messages in _locales/${lang}/messages.json`);
}
