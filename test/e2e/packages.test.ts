// The release packages as people get them: `npm run package` once (into a temporary folder), then the Chrome
// zip unpacked into Chromium, the xpi installed as a temporary add-on in Firefox, web-ext lint on the xpi, and
// the source zip: every tracked source in it, and a build from it that gives the same extension byte for byte.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetourBrowser, LaunchOptions } from '../../scripts/lib/detour-browser';
import { launchChromium } from '../../scripts/lib/launch-chromium';
import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { type ScenarioServer, startScenarioServer } from '../../scripts/lib/scenario-server';
import { scenarioHosts, scenarioNamed } from '../../scripts/lib/scenarios';
import { tempDir } from '../../scripts/lib/temp-dir';
import { ROOT } from './dist-is-fresh';

const POLL = { timeout: 10_000, interval: 100 };
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
/** What the source package leaves out, as README's "Building the packages" says. */
const NOT_IN_SOURCE = ['node_modules', 'dist', 'release', '.tmp', '.git'];
const FAILURE = scenarioNamed('cloudflare-522');

type PackageKind = 'chrome.zip' | 'firefox.xpi' | 'source.zip';

describe('npm run package', { timeout: 120_000 }, () => {
  const work = tempDir('packages');
  const release = join(work.path, 'release');
  const packageFile = (kind: PackageKind) => join(release, `detour-${VERSION}-${kind}`);
  let server: ScenarioServer;

  beforeAll(async () => {
    // Its own dist and release folders: the working copy's dist/ stays what the other E2E files load.
    const env = { ...process.env, DETOUR_DIST: join(work.path, 'dist'), DETOUR_RELEASE: release };
    run('npm', ['run', '--silent', 'package'], ROOT, env);
    server = await startScenarioServer([FAILURE]);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    work.remove();
  });

  it("writes the Chrome zip, the Firefox xpi and the source zip, named by package.json's version", () => {
    expect(readdirSync(release).sort()).toEqual([`detour-${VERSION}-chrome.zip`, `detour-${VERSION}-firefox.xpi`, `detour-${VERSION}-source.zip`]);
  });

  it("gives both browsers package.json's version and keeps Firefox's add-on id", async () => {
    const sourceManifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    for (const kind of ['chrome.zip', 'firefox.xpi'] as const) {
      const manifest = JSON.parse((await fileInZip(packageFile(kind), 'manifest.json')).toString('utf8'));
      expect(manifest.version, kind).toBe(VERSION);
      expect(manifest.browser_specific_settings?.gecko?.id, kind).toBe(sourceManifest.browser_specific_settings.gecko.id);
    }
  });

  it('loads the Chrome zip, unpacked, in Chromium, and badges a Cloudflare 522', async () => {
    const unpacked = join(work.path, 'chrome');
    await unzip(packageFile('chrome.zip'), unpacked);
    await expectBadgeOnFailure(launchChromium, unpacked);
  });

  it('installs the xpi as a temporary add-on in Firefox, and badges a Cloudflare 522', async () => {
    await expectBadgeOnFailure(launchFirefox, packageFile('firefox.xpi'));
  });

  it('passes web-ext lint with no error, and the README explains each warning left', () => {
    const lint = JSON.parse(run('npx', ['web-ext', 'lint', '--no-config-discovery', '--output', 'json', '--source-dir', packageFile('firefox.xpi')], ROOT));
    expect(lint.errors.map((error: LintMessage) => `${error.code}: ${error.message}`)).toEqual([]);
    const explained = readmeSection('Building the packages');
    const unexplained = [...lint.warnings, ...lint.notices].map((message: LintMessage) => message.code).filter((code: string) => !explained.includes(`\`${code}\``));
    expect(unexplained).toEqual([]);
  });

  it('puts every tracked file in the source zip, and nothing installed, built or of git', async () => {
    const tracked = run('git', ['ls-files', '-z'], ROOT)
      .split('\0')
      .filter((path) => path !== '' && !NOT_IN_SOURCE.some((name) => path === name || path.startsWith(`${name}/`)) && existsSync(join(ROOT, path)));
    const zipped = Object.keys(await filesOfZip(packageFile('source.zip')));
    expect(zipped.sort()).toEqual(tracked.sort());
    expect(zipped).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json']));
  });

  it('rebuilds from the unpacked source zip, with `npm run build`, the very files of both packages', async () => {
    const source = join(work.path, 'source');
    await unzip(packageFile('source.zip'), source);
    // npm ci would fetch the same locked packages; the working copy's node_modules stands in for it.
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
    // As a reviewer's shell runs it: no NODE_ENV (vitest's is "test") and no build folder of this run.
    const { DETOUR_DIST: _dist, DETOUR_RELEASE: _release, NODE_ENV: _mode, ...env } = process.env;
    run('npm', ['run', '--silent', 'build'], source, env);
    const rebuilt = digests(filesUnder(join(source, 'dist')));
    expect(digests(await filesOfZip(packageFile('chrome.zip')))).toEqual(rebuilt);
    expect(digests(await filesOfZip(packageFile('firefox.xpi')))).toEqual(rebuilt);
  });

  async function expectBadgeOnFailure(launch: (options: LaunchOptions) => Promise<DetourBrowser>, dist: string): Promise<void> {
    const browser = await launch({ dist, mapHosts: scenarioHosts([FAILURE]), headless: true });
    try {
      const url = server.urlOf(FAILURE);
      await browser.visit(url);
      await expect.poll(async () => (await browser.report(url)).badgeText, POLL).toBe('1');
      expect((await browser.report(url)).title).toContain('Cloudflare');
    } finally {
      await browser.close();
    }
  }
});

interface LintMessage {
  code: string;
  message: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

/** The README's text from a "## …" or "### …" heading to the next heading of any level. */
function readmeSection(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.search(new RegExp(`^#{2,3} ${heading}$`, 'm'));
  if (start < 0) throw new Error(`README.md has no "${heading}" heading`);
  const rest = readme.slice(start).split('\n');
  const end = rest.findIndex((line, index) => index > 0 && /^#{1,6} /.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

/** A zip's files (not its folders) by path. */
async function filesOfZip(path: string): Promise<Record<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files: Record<string, Buffer> = {};
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files[entry.name] = await entry.async('nodebuffer');
  }
  return files;
}

async function fileInZip(path: string, name: string): Promise<Buffer> {
  const file = (await filesOfZip(path))[name];
  if (!file) throw new Error(`${path} holds no ${name}`);
  return file;
}

async function unzip(path: string, into: string): Promise<void> {
  for (const [name, bytes] of Object.entries(await filesOfZip(path))) {
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), bytes);
  }
}

/** Every file below dir by its path relative to dir, with / separators. */
function filesUnder(dir: string, prefix = ''): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, filesUnder(dir, path));
    else files[path] = readFileSync(join(dir, path));
  }
  return files;
}

/** SHA-256 of each file, so that a difference shows as which files differ, not as bytes. */
function digests(files: Record<string, Buffer>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]));
}
