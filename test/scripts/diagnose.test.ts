// `npm run diagnose` as a support engineer runs it: a file or standard input in, one line per response out.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/diagnose.ts', ...args], { cwd: root, input, encoding: 'utf8' });

describe('npm run diagnose', { timeout: 60_000 }, () => { // each test starts tsx processes: seconds on a busy machine
  const dir = mkdtempSync(join(tmpdir(), 'detour-diagnose-'));
  const curl = join(dir, 'curl.txt');
  writeFileSync(curl, 'HTTP/2 522\nserver: cloudflare\ncf-ray: 8f2c1a7b9d3e4f50-FRA\n\n');

  it('prints one line per response with provider, failure, code, pop and request id, then the evidence', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/diagnose.ts', curl], { cwd: root, encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe('522   cloudflare  origin  code 522  pop FRA  id 8f2c1a7b9d3e4f50-FRA');
    expect(out).toContain('Cloudflare error 522');
  });

  it('prints one Diagnosis JSON per line with --json, reading standard input', () => {
    const result = run(['-', '--json'], 'HTTP/1.1 200 OK\nserver: cloudflare\n\nHTTP/1.1 503 Service Unavailable\nserver: nginx\n\n');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((d) => [d.provider, d.failure])).toEqual([['cloudflare', 'none'], [null, 'origin']]);
  });

  it('exits 2 with a clear message for input that is not a response, and for a truncated HAR', () => {
    const notResponse = run(['-'], 'just some words\n');
    expect(notResponse.status).toBe(2);
    expect(notResponse.stderr).toMatch(/No HTTP response found/);
    const truncated = run(['-'], '{"log": {"version": "1.2", "entries": [{"request": {"url": "https://a.exa');
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toMatch(/truncated/);
    const missing = run([join(dir, 'nope.har')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read/);
  });
});
