// What a registrable-domain library costs: its bytes once bundled and minified as `npm run build` does
// (Vite, the same minifier), gzipped too, and how many getDomain calls a second it answers.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from "vite";

export interface BundledSize { minKiB: number; gzipKiB: number }

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Bundles `code` (an ES module importing the library) with packages resolved from `root`. */
export async function bundledSize(code: string, root: string): Promise<BundledSize> {
  // A path inside root that no file holds: bare imports in the code resolve from root's node_modules.
  const entry = join(root, 'domain-library-entry.js');
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [{ name: 'entry', resolveId: (id) => (id === 'virtual:entry' ? entry : undefined), load: (id) => (id === entry ? code : undefined) }],
    build: { write: false, target: 'es2022', minify: true, rollupOptions: { input: 'virtual:entry', preserveEntrySignatures: 'strict' } },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const bytes = Buffer.concat(chunks.map((c) => Buffer.from(c.code)));
  return { minKiB: kib(bytes.length), gzipKiB: kib(gzipSync(bytes, { level: 9 }).length) };
}

/** Calls a second over the whole host list in turn, in one timed run of `ms` after a short warm-up. */
export function getDomainOpsPerSecond(getDomain: (host: string) => unknown, hosts: readonly string[], ms = 500): number {
  let sink = 0;
  const run = (span: number): number => {
    let calls = 0;
    const end = performance.now() + span;
    while (performance.now() < end) {
      for (const host of hosts) if (getDomain(host) != null) sink++;
      calls += hosts.length;
    }
    return calls / (span / 1000);
  };
  run(100);
  const opsPerSecond = run(ms);
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return Math.round(opsPerSecond / 1000) * 1000;
}

/** The best of `rounds` runs for each function, taken in turn so that a busy moment of the machine hits all alike. */
export function fastestOfRounds(calls: Record<string, (host: string) => unknown>, hosts: readonly string[], rounds = 5): Record<string, number> {
  const best: Record<string, number> = Object.fromEntries(Object.keys(calls).map((name) => [name, 0]));
  for (let r = 0; r < rounds; r++) for (const [name, call] of Object.entries(calls)) best[name] = Math.max(best[name]!, getDomainOpsPerSecond(call, hosts));
  return best;
}
