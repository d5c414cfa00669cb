// The corpus of real captured failures (test/captures/): reading a capture, checking its shape, and turning
// it into the Observation the browser would have handed classify(). Shared by `npm run accuracy`, the
// corpus floor test, `npm run diagnose` and the tour's leg of real failures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Failure, Observation } from '../../src/core/types';

export const CAPTURES_DIR = join(import.meta.dirname, '..', '..', 'test', 'captures');
/** Real failures whose recorded form shows no mark of their provider: kept to check no one else is blamed. */
export const UNPLACEABLE_DIR = join(import.meta.dirname, '..', '..', 'test', 'captures-unplaceable');

export interface Expected {
  provider: string | null;
  failure: Failure;
  service?: string;
  code?: string;
  alsoAccept?: { provider: string | null; failure: Failure }[];
}

export interface Capture {
  id: string; // path under test/captures without .json, e.g. "cloudflare/edge-owner-repo-12"
  source: string;
  sourceUrl?: string;
  date?: string;
  incident?: string;
  url?: string;
  type?: string;
  status?: number;
  statusLine?: string;
  headers?: Record<string, string | string[]>;
  title?: string;
  body?: string;
  error?: string;
  expected: Expected;
  note: string;
}

const LABELS: readonly string[] = ['edge', 'origin', 'block', 'client', 'unknown', 'none'];
const FIELDS = new Set(['source', 'sourceUrl', 'date', 'incident', 'url', 'type', 'status', 'statusLine', 'headers', 'title', 'body', 'error', 'expected', 'note']);

/** Every problem with one parsed capture file, in words; empty when it is well formed. */
export function captureProblems(raw: unknown): string[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return ['not a JSON object'];
  const c = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(c)) if (!FIELDS.has(key)) problems.push(`unknown field "${key}"`);
  if (typeof c.source !== 'string' || c.source.trim() === '') problems.push('source is missing');
  if (typeof c.note !== 'string' || c.note.trim().length < 20) problems.push('note is missing or says too little');
  for (const key of ['sourceUrl', 'date', 'incident', 'url', 'type', 'statusLine', 'title', 'body', 'error']) {
    if (c[key] !== undefined && typeof c[key] !== 'string') problems.push(`${key} is not a string`);
  }
  if (c.status !== undefined && !(Number.isInteger(c.status) && (c.status as number) >= 100 && (c.status as number) <= 599)) problems.push('status is not an HTTP status');
  if (c.status === undefined && c.error === undefined) problems.push('neither status nor error');
  if (c.headers === undefined && c.title === undefined && c.body === undefined && c.url === undefined && c.error === undefined) {
    problems.push('a bare status: no headers, title, body or URL shows whose response it was');
  }
  if (c.headers !== undefined) {
    if (c.headers === null || typeof c.headers !== 'object' || Array.isArray(c.headers)) problems.push('headers is not an object');
    else {
      for (const [name, value] of Object.entries(c.headers)) {
        if (name !== name.toLowerCase()) problems.push(`header name "${name}" is not lower case`);
        const values = Array.isArray(value) ? value : [value];
        if (values.length === 0 || values.some((v) => typeof v !== 'string')) problems.push(`header "${name}" is not a string or a list of strings`);
      }
    }
  }
  const e = c.expected as Record<string, unknown> | undefined;
  if (e === null || typeof e !== 'object') return [...problems, 'expected is missing'];
  if (!(e.provider === null || (typeof e.provider === 'string' && /^[a-z0-9-]+$/.test(e.provider)))) problems.push('expected.provider is not an id or null');
  if (typeof e.failure !== 'string' || !LABELS.includes(e.failure)) problems.push('expected.failure is not a failure class');
  for (const key of ['service', 'code']) if (e[key] !== undefined && typeof e[key] !== 'string') problems.push(`expected.${key} is not a string`);
  if (e.alsoAccept !== undefined) {
    const ok = Array.isArray(e.alsoAccept) && e.alsoAccept.every((a: unknown) => {
      const pair = a as Record<string, unknown> | null;
      return pair !== null && typeof pair === 'object' && (pair.provider === null || typeof pair.provider === 'string') && typeof pair.failure === 'string' && LABELS.includes(pair.failure);
    });
    if (!ok) problems.push('expected.alsoAccept is not a list of {provider, failure}');
  }
  return problems;
}

/** Every *.json under test/captures/, sorted by id, each with its problems (none for a good capture). */
export function readCaptures(dir = CAPTURES_DIR): { captures: Capture[]; problems: { id: string; problems: string[] }[] } {
  const captures: Capture[] = [];
  const problems: { id: string; problems: string[] }[] = [];
  for (const file of jsonFiles(dir)) {
    const id = relative(dir, file).replace(/\\/g, '/').replace(/\.json$/, '');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ id, problems: [`not JSON: ${(error as Error).message}`] });
      continue;
    }
    const found = captureProblems(raw);
    if (found.length > 0) problems.push({ id, problems: found });
    else captures.push({ id, ...(raw as Omit<Capture, 'id'>) });
  }
  captures.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { captures, problems };
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsonFiles(path));
    else if (name.endsWith('.json') && name !== 'floor.json') out.push(path);
  }
  return out;
}

/** What the browser would have handed classify() for this response. */
export function observationOf(capture: Pick<Capture, 'url' | 'type' | 'status' | 'statusLine' | 'headers' | 'title' | 'body' | 'error'>): Observation {
  const obs: Observation = { url: fullUrl(capture.url), type: capture.type ?? 'main_frame' };
  if (capture.error !== undefined) obs.error = capture.error;
  if (capture.status !== undefined) obs.statusCode = capture.status;
  if (capture.statusLine !== undefined) obs.statusLine = capture.statusLine;
  if (capture.headers !== undefined) {
    obs.responseHeaders = [];
    for (const [name, value] of Object.entries(capture.headers)) {
      for (const v of Array.isArray(value) ? value : [value]) obs.responseHeaders.push({ name, value: v });
    }
  }
  if (capture.title !== undefined) obs.title = capture.title;
  if (capture.body !== undefined) obs.bodyText = capture.body;
  return obs;
}

/** A browser always knows the whole URL; sources often write just the host ("ipconfig.co", "GET /v1/x"). */
function fullUrl(url: string | undefined): string {
  if (url === undefined || url === '') return '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  return /^[a-z0-9_.-]+\.[a-z]{2,}(?:[:/]|$)/i.test(url) ? `https://${url}` : '';
}
