// npm run diagnose -- <file|-> [--json] [--capture]
// Classifies responses from the command line: `curl -i` or `curl -v` output, a HAR file exported from a
// browser's developer tools (every entry), or a capture JSON from test/captures/. One line per response
// (status, provider/service, failure, code, edge location, request id, URL) and its evidence beneath;
// --json prints one Diagnosis JSON per line; --capture prints each response as a corpus capture to label.
// Exit 2 when the input holds no response (or a HAR file is cut short).
import { readFileSync } from 'node:fs';
import { classify } from '../src/core/classify';
import type { Diagnosis, Observation } from '../src/core/types';
import { ReadError, readResponses, type ReadResponse } from './lib/read-responses';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') || a === '-');
const asJson = args.includes('--json');
const asCapture = args.includes('--capture');

if (file === undefined) {
  console.error('Usage: npm run diagnose -- <file|-> [--json] [--capture]\n  file: `curl -i` / `curl -v` output, a HAR file, or a capture JSON; - reads standard input.');
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

let read: { kind: string; responses: ReadResponse[] };
try {
  read = readResponses(text);
} catch (error) {
  if (!(error instanceof ReadError)) throw error;
  console.error(error.message);
  process.exit(2);
}
if (read.responses.length === 0) {
  console.error(`No response in this ${read.kind} input.`);
  process.exit(2);
}

for (const { observation, label, source } of read.responses) {
  const d = classify(observation);
  if (asJson) console.log(JSON.stringify(d));
  else if (asCapture) console.log(JSON.stringify(captureOf(observation, d), null, 2));
  else console.log(describe(observation, d, label, source));
}

function describe(obs: Observation, d: Diagnosis, label: ReadResponse['label'], source: string | undefined): string {
  const status = obs.statusCode !== undefined ? String(obs.statusCode) : (obs.error ?? 'no answer');
  const who = d.provider === null ? 'no provider' : `${d.provider}${d.service ? `/${d.service}` : ''}`;
  const parts = [status.padEnd(4), who, d.failure];
  if (d.code !== undefined) parts.push(`code ${d.code}`);
  if (d.pop !== undefined) parts.push(`pop ${d.pop}`);
  if (d.requestId !== undefined) parts.push(`id ${d.requestId}`);
  if (obs.url) parts.push(obs.url);
  const lines = [parts.join('  ')];
  for (const e of d.evidence) lines.push(`    ${e}`);
  if (label !== undefined) {
    const agrees = label.provider === d.provider && label.failure === d.failure;
    lines.push(`    label: ${label.provider ?? 'null'}/${label.failure} — ${agrees ? 'agrees' : 'DIFFERS'}${source ? ` (${source})` : ''}`);
  }
  return lines.join('\n');
}

/** A corpus entry to fill in: the response as read, and Detour's verdict as a draft label to check. */
function captureOf(obs: Observation, d: Diagnosis): Record<string, unknown> {
  const headers: Record<string, string | string[]> = {};
  for (const h of obs.responseHeaders ?? []) {
    const name = h.name.toLowerCase();
    const prior = headers[name];
    headers[name] = prior === undefined ? (h.value ?? '') : [...(Array.isArray(prior) ? prior : [prior]), h.value ?? ''];
  }
  const capture: Record<string, unknown> = { source: 'TODO: owner/repo#N or URL', url: obs.url || undefined, type: obs.type };
  if (obs.statusCode !== undefined) capture.status = obs.statusCode;
  if (obs.statusLine !== undefined) capture.statusLine = obs.statusLine;
  if (obs.responseHeaders !== undefined) capture.headers = headers;
  if (obs.title !== undefined) capture.title = obs.title;
  if (obs.bodyText !== undefined) capture.body = obs.bodyText.slice(0, 4096);
  if (obs.error !== undefined) capture.error = obs.error;
  capture.expected = { provider: d.provider, failure: d.failure };
  capture.note = 'TODO: why this label is right — the evidence and the source\'s own words. Detour\'s verdict was filled in as a draft: check it, never copy it.';
  return capture;
}
