// Reads the responses a person can paste or export into Observations: `curl -i` and `curl -v` output, a HAR
// file from a browser's developer tools (every entry), or a corpus capture. Input that holds no response,
// or a HAR cut short, is a ReadError with a message that says what was wrong.
import type { Observation } from '../../src/core/types';
import { captureProblems, observationOf, type Capture } from './captures';

export class ReadError extends Error {}

export interface ReadResponse { observation: Observation; label?: Capture['expected']; source?: string }

const MAX_BODY = 64 * 1024;
const STATUS_LINE = /^HTTP\/[\d.]+\s+(\d{3})(?:\s.*)?$/;

export function readResponses(text: string): { kind: string; responses: ReadResponse[] } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new ReadError('The input is empty: give a file with `curl -i` or `curl -v` output, a HAR file, or a capture JSON.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJson(trimmed);
  const lines = trimmed.split(/\r?\n/);
  if (lines.some((line) => /^< HTTP\/[\d.]+\s+\d{3}/.test(line))) return { kind: 'curl -v', responses: readCurlVerbose(lines) };
  if (lines.some((line) => STATUS_LINE.test(line.trim()))) return { kind: 'curl -i', responses: readCurlInclude(lines) };
  throw new ReadError('No HTTP response found: expected a status line such as "HTTP/2 503" (curl -i), "< HTTP/2 503" (curl -v), a HAR file or a capture JSON.');
}

function readJson(text: string): { kind: string; responses: ReadResponse[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const har = /"log"\s*:/.test(text.slice(0, 2000)) || /"entries"\s*:/.test(text.slice(0, 20000));
    throw new ReadError(har
      ? `This HAR file is truncated or damaged (${(error as Error).message}). Export it again ("Save all as HAR with content") and send the whole file.`
      : `This is not valid JSON (${(error as Error).message}).`);
  }
  const record = data as Record<string, unknown> | null;
  const log = record !== null && typeof record === 'object' ? (record.log as Record<string, unknown> | undefined) : undefined;
  if (log !== undefined) {
    if (log === null || typeof log !== 'object' || !Array.isArray(log.entries)) throw new ReadError('This HAR file has no "log.entries" list: it is truncated or not a HAR export.');
    return { kind: 'HAR', responses: log.entries.map((entry, i) => readHarEntry(entry, i)) };
  }
  const list = Array.isArray(data) ? data : [data];
  const responses = list.map((item, i) => {
    const problems = captureProblems(item);
    if (problems.length > 0) throw new ReadError(`Item ${i + 1} is neither a HAR file nor a capture: ${problems.join('; ')}.`);
    const capture = item as Capture;
    return { observation: observationOf(capture), label: capture.expected, source: capture.source };
  });
  return { kind: 'capture', responses };
}

function readHarEntry(entry: unknown, i: number): ReadResponse {
  const e = entry as Record<string, unknown> | null;
  const request = e?.request as Record<string, unknown> | undefined;
  const response = e?.response as Record<string, unknown> | undefined;
  if (e === null || typeof e !== 'object' || typeof request?.url !== 'string' || response === null || typeof response !== 'object') {
    throw new ReadError(`HAR entry ${i + 1} has no request URL or no response: the file is truncated or not a HAR export.`);
  }
  const observation: Observation = { url: request.url };
  const type = typeof e._resourceType === 'string' ? HAR_TYPES[e._resourceType] : undefined;
  observation.type = type ?? (i === 0 ? 'main_frame' : 'other');
  const status = Number(response.status);
  const error = typeof response._error === 'string' && response._error !== '' ? response._error : undefined;
  if (status > 0) {
    observation.statusCode = status;
    observation.statusLine = `${httpVersion(response.httpVersion)} ${status} ${typeof response.statusText === 'string' ? response.statusText : ''}`.trim();
  } else {
    observation.error = error ?? 'net::ERR_FAILED';
  }
  if (Array.isArray(response.headers)) {
    observation.responseHeaders = response.headers
      .filter((h): h is { name: string; value: unknown } => h !== null && typeof h === 'object' && typeof (h as { name?: unknown }).name === 'string')
      .map((h) => ({ name: h.name, value: typeof h.value === 'string' ? h.value : String(h.value ?? '') }));
  }
  const content = response.content as Record<string, unknown> | undefined;
  if (typeof content?.text === 'string' && content.text !== '') {
    const body = content.encoding === 'base64' ? decodeBase64(content.text) : content.text;
    if (body !== undefined) {
      observation.bodyText = body.slice(0, MAX_BODY);
      const title = /<title[^>]*>([^<]{0,500})<\/title>/i.exec(observation.bodyText)?.[1];
      if (title !== undefined) observation.title = title.trim();
    }
  }
  return { observation };
}

/** HAR writes "h2", "http/2.0", "HTTP/1.1"; a status line writes "HTTP/2". */
function httpVersion(value: unknown): string {
  const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const short = /^H([23])$/.exec(v);
  if (short) return `HTTP/${short[1]}`;
  return v.startsWith('HTTP/') ? v : 'HTTP/1.1';
}

/** Chrome's `_resourceType` → the webRequest type names. */
const HAR_TYPES: Readonly<Record<string, string>> = {
  document: 'main_frame', script: 'script', stylesheet: 'stylesheet', image: 'image', font: 'font', xhr: 'xmlhttprequest',
  fetch: 'xmlhttprequest', media: 'media', websocket: 'websocket', ping: 'ping', manifest: 'other', other: 'other',
};

function decodeBase64(text: string): string | undefined {
  try {
    return Buffer.from(text, 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

/** `curl -i`: status line, headers, a blank line, the body; redirects and 100 Continue repeat the block. */
function readCurlInclude(lines: string[]): ReadResponse[] {
  const blocks: { status: string; headers: string[]; body: string[] }[] = [];
  let inHeaders = false;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (STATUS_LINE.test(line.trim()) && (blocks.length === 0 || !inHeaders)) {
      blocks.push({ status: line.trim(), headers: [], body: [] });
      inHeaders = true;
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (block === undefined) continue; // the command line or a prompt before the first response
    if (inHeaders) {
      if (line.trim() === '') inHeaders = false;
      else block.headers.push(line);
    } else {
      block.body.push(raw);
    }
  }
  const url = requestedUrl(lines);
  return blocks.map((b) => ({ observation: observationOfText(b.status, b.headers, b.body.join('\n'), url) }));
}

/** `curl -v`: `> ` request lines, `< ` response lines, `* ` notes, then the body unprefixed. */
function readCurlVerbose(lines: string[]): ReadResponse[] {
  const out: ReadResponse[] = [];
  let host = '';
  let path = '/';
  let scheme = 'https';
  let current: { status: string; headers: string[]; body: string[] } | undefined;
  const flush = (): void => {
    if (current === undefined) return;
    out.push({ observation: observationOfText(current.status, current.headers, current.body.join('\n'), host ? `${scheme}://${host}${path}` : requestedUrl(lines)) });
    current = undefined;
  };
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    const note = /^\*\s+Connected to (\S+)\s.*port (\d+)/.exec(line);
    if (note) scheme = note[2] === '80' ? 'http' : 'https';
    const request = /^>\s+([A-Z]+)\s+(\S+)\s+HTTP\//.exec(line);
    if (request) {
      flush();
      path = request[2] ?? '/';
      continue;
    }
    const hostLine = /^>\s+host:\s*(\S+)/i.exec(line);
    if (hostLine) {
      host = hostLine[1] ?? host;
      continue;
    }
    const authority = /^\[HTTP\/2\] \[\d+\] \[:authority: (\S+)\]/.exec(line) ?? /^\*\s+\[HTTP\/2\] \[\d+\] \[:authority: (\S+)\]/.exec(line);
    if (authority) host = authority[1] ?? host;
    if (line.startsWith('< ') || line === '<') {
      const content = line.slice(2);
      if (STATUS_LINE.test(content.trim())) {
        if (current !== undefined) flush();
        current = { status: content.trim(), headers: [], body: [] };
      } else if (current !== undefined && content.trim() !== '') {
        current.headers.push(content);
      }
      continue;
    }
    if (line.startsWith('>') || line.startsWith('*') || line.startsWith('{ [') || line.startsWith('} [')) continue;
    current?.body.push(raw);
  }
  flush();
  return out;
}

function observationOfText(statusLine: string, headerLines: string[], body: string, url: string): Observation {
  const status = Number(STATUS_LINE.exec(statusLine)?.[1]);
  const observation: Observation = { url, type: 'main_frame', statusCode: status, statusLine, responseHeaders: [] };
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    observation.responseHeaders?.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  const text = body.trim();
  if (text !== '') {
    observation.bodyText = text.slice(0, MAX_BODY);
    const title = /<title[^>]*>([^<]{0,500})<\/title>/i.exec(text)?.[1];
    if (title !== undefined) observation.title = title.trim();
  }
  return observation;
}

/** The URL on a `curl …` command line pasted above its output, if any. */
function requestedUrl(lines: string[]): string {
  for (const line of lines) {
    if (!/\bcurl\b/.test(line)) continue;
    const url = /(https?:\/\/[^\s'"]+)/.exec(line)?.[1];
    if (url !== undefined) return url;
  }
  return '';
}
