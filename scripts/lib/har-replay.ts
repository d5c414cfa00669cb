// Replays real page loads (test/har/*.har, with test/har/SOURCES.json) on their own host names: every
// recorded answer is served with its recorded status and headers over https, through a loopback CONNECT
// proxy (the browsers accept its self-signed certificate), and a generated document requests each recorded
// entry as the kind of element it was. Recorded bodies are never run: scripts, styles and frames are served
// empty (a real site's code would reach for hosts the replay does not hold); a failing document keeps its
// recorded text. http: entries are replayed over https (a page on https may not load http: parts).
import { readFileSync, readdirSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { listenOnLoopback, startConnectProxy, stopServer } from './connect-proxy';
import { standInCertificate } from './mirror-stand-ins-tls';

export const HAR_DIR = join(import.meta.dirname, '..', '..', 'test', 'har');

export interface HarSource {
  file: string;
  source: string;
  path: string;
  site: string;
  story: 'healthy' | 'noisy' | 'broken';
  note: string;
  expect: { badge: 'lit' | 'quiet'; provider?: string | null; why: string };
}

interface HarEntry {
  _resourceType?: string;
  _error?: string;
  request: { method: string; url: string };
  response: { status: number; statusText?: string; headers?: { name: string; value: string }[]; content?: { mimeType?: string; text?: string; encoding?: string }; _error?: string };
}

/** One recorded answer, as the replay serves it. */
interface Answer {
  status: number; // 0: the connection is dropped (a recorded network error)
  statusText: string;
  headers: [string, string][];
  body: string | undefined; // a document's recorded text; undefined: an empty body
}

export interface Replay {
  id: string;
  source: HarSource;
  /** The page's first address (https), where the browser is sent. */
  url: string;
  /** The address its redirects (if any) end at: the document that requests the parts. */
  pageUrl: string;
  /** Requests the generated page makes, as elements of their kind. */
  parts: { url: string; kind: Kind; method: string }[];
}

type Kind = 'script' | 'stylesheet' | 'image' | 'font' | 'media' | 'fetch' | 'beacon' | 'frame' | 'prefetch';

// Headers a replay must not pass on: framing it redoes, policies that would stop the generated page from
// loading the recorded parts, and anything that would send the browser to the real host (alt-svc, NEL, link
// preloads, HSTS) or keep state (cookies).
const DROPPED = new Set([
  'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie', 'set-cookie2',
  'content-security-policy', 'content-security-policy-report-only', 'x-frame-options', 'cross-origin-embedder-policy',
  'cross-origin-opener-policy', 'cross-origin-resource-policy', 'strict-transport-security', 'alt-svc', 'nel', 'link',
  'public-key-pins', 'expect-ct', 'clear-site-data', 'x-content-type-options', 'upgrade', ':status',
]);

export function readHarSources(): HarSource[] {
  const sources = JSON.parse(readFileSync(join(HAR_DIR, 'SOURCES.json'), 'utf8')) as HarSource[];
  const files = readdirSync(HAR_DIR).filter((name) => name.endsWith('.har'));
  const listed = new Set(sources.map((s) => s.file));
  const unlisted = files.filter((file) => !listed.has(file));
  if (unlisted.length > 0) throw new Error(`test/har: ${unlisted.join(', ')} not in SOURCES.json`);
  return sources;
}

const https = (url: string): string => url.replace(/^http:\/\//i, 'https://');

/** Reads one HAR into its replay and the answers it serves (host → path → answers in order). */
export function readReplay(source: HarSource, answers: Map<string, Map<string, Answer[]>>): Replay {
  const har = JSON.parse(readFileSync(join(HAR_DIR, source.file), 'utf8')) as { log: { entries: HarEntry[] } };
  const entries = har.log.entries;
  const id = source.file.replace(/\.har$/, '');
  const first = entries.find((entry) => kindOf(entry) === 'document');
  if (first === undefined) throw new Error(`${source.file}: no document entry`);
  // The page is the document the redirects from the first one end at.
  let page = first;
  for (let hop = 0; hop < 10 && page.response.status >= 300 && page.response.status < 400; hop++) {
    const location = header(page, 'location');
    const next = location === undefined ? undefined : entries.find((entry) => entry !== page && kindOf(entry) === 'document' && sameUrl(entry.request.url, new URL(location, page.request.url).href));
    if (next === undefined) break;
    page = next;
  }
  const parts: Replay['parts'] = [];
  for (const entry of entries) {
    const status = entry.response.status;
    const error = entry.response._error ?? entry._error ?? '';
    if (status < 0 || (status === 0 && /BLOCKED_BY|ABORTED/i.test(error))) continue; // never answered, or stopped in the browser
    const url = https(entry.request.url);
    add(answers, url, answerOf(entry, entry === page || kindOf(entry) === 'document'));
    const kind = entry === first || entry === page || isRedirectHop(entries, first, page, entry) ? undefined : elementOf(entry);
    if (kind !== undefined) parts.push({ url, kind, method: String(entry.request.method ?? 'GET').toUpperCase() === 'POST' ? 'POST' : 'GET' });
  }
  return { id, source, url: https(first.request.url), pageUrl: https(page.request.url), parts };
}

function isRedirectHop(entries: HarEntry[], first: HarEntry, page: HarEntry, entry: HarEntry): boolean {
  const from = entries.indexOf(first);
  const to = entries.indexOf(page);
  const at = entries.indexOf(entry);
  return at > from && at < to && kindOf(entry) === 'document';
}

function sameUrl(a: string, b: string): boolean {
  return https(a).replace(/#.*$/, '') === https(b).replace(/#.*$/, '');
}

function header(entry: HarEntry, name: string): string | undefined {
  return entry.response.headers?.find((h) => h.name.toLowerCase() === name)?.value;
}

function answerOf(entry: HarEntry, document: boolean): Answer {
  const { status } = entry.response;
  const headers: [string, string][] = [];
  for (const { name, value } of entry.response.headers ?? []) {
    const lower = name.toLowerCase();
    if (DROPPED.has(lower) || lower.startsWith(':') || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(name)) continue;
    const clean = String(value).replace(/[\r\n]+/g, ' ');
    headers.push([name, lower === 'location' ? https(clean) : clean]);
  }
  const text = entry.response.content?.encoding === 'base64' ? undefined : entry.response.content?.text;
  return { status, statusText: entry.response.statusText ?? '', headers, body: document ? text ?? '' : undefined };
}

function add(answers: Map<string, Map<string, Answer[]>>, url: string, answer: Answer): void {
  const { host, path } = split(url);
  let byPath = answers.get(host);
  if (byPath === undefined) answers.set(host, (byPath = new Map()));
  const list = byPath.get(path);
  if (list === undefined) byPath.set(path, [answer]);
  else list.push(answer);
}

function split(url: string): { host: string; path: string } {
  const parsed = new URL(url);
  return { host: parsed.hostname.toLowerCase(), path: `${parsed.pathname}${parsed.search}` };
}

/** The entry's kind as the recording browser named it, or from its MIME type when it did not (old HARs). */
function kindOf(entry: HarEntry): string {
  const type = entry._resourceType?.toLowerCase();
  if (type !== undefined && type !== '') return type;
  // The URL says what was asked for; a failing answer's MIME type is its error page's.
  const extension = /\.([a-z0-9]{2,5})$/i.exec(new URL(entry.request.url).pathname)?.[1]?.toLowerCase() ?? '';
  const byExtension: Record<string, string> = { js: 'script', mjs: 'script', css: 'stylesheet', png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', webp: 'image', svg: 'image', ico: 'image', avif: 'image', woff: 'font', woff2: 'font', ttf: 'font', otf: 'font', eot: 'font', mp4: 'media', webm: 'media', mp3: 'media' };
  if (Object.hasOwn(byExtension, extension)) return byExtension[extension] as string;
  const mime = (entry.response.content?.mimeType ?? header(entry, 'content-type') ?? '').toLowerCase();
  if (/css/.test(mime)) return 'stylesheet';
  if (/javascript|ecmascript/.test(mime)) return 'script';
  if (/^image\//.test(mime)) return 'image';
  if (/font|woff|opentype|truetype/.test(mime)) return 'font';
  if (/^(video|audio)\//.test(mime)) return 'media';
  if (/html/.test(mime)) return 'document';
  return 'xhr';
}

function elementOf(entry: HarEntry): Kind | undefined {
  switch (kindOf(entry)) {
    case 'script': return 'script';
    case 'stylesheet': return 'stylesheet';
    case 'image': case 'other': return 'image'; // Chrome's 'other' is mostly favicons and pixels
    case 'font': return 'font';
    case 'media': return 'media';
    case 'xhr': case 'fetch': case 'eventsource': return 'fetch';
    case 'ping': case 'beacon': case 'cspviolationreport': return 'beacon';
    case 'document': case 'sub_frame': return 'frame';
    case 'prefetch': return 'prefetch';
    default: return undefined; // websockets, preflights (the request they precede is replayed), manifests, text tracks
  }
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page served at a replay's address: the recorded text of a failing document, then every part. */
export function replayPage(replay: Replay, recordedText: string): string {
  const parts = replay.parts.map((part, i) => ({ ...part, i }));
  const html = parts
    .map(({ url, kind, i }) => {
      const src = escapeHtml(url);
      switch (kind) {
        case 'script': return `<script async src="${src}"></script>`;
        case 'stylesheet': return `<link rel="stylesheet" href="${src}">`;
        case 'image': return `<img alt="" src="${src}">`;
        case 'media': return `<video muted preload="auto" src="${src}"></video>`;
        case 'frame': return `<iframe src="${src}"></iframe>`;
        case 'prefetch': return `<link rel="prefetch" href="${src}">`;
        case 'font': return `<style>@font-face{font-family:f${i};src:url("${src}")}</style><span style="font-family:f${i}">.</span>`;
        default: return '';
      }
    })
    .join('\n');
  const calls = parts.filter((p) => p.kind === 'fetch' || p.kind === 'beacon').map(({ url, kind, method }) => ({ url, kind, method }));
  const script = `const calls = ${JSON.stringify(calls).replace(/</g, '\\u003c')};
const settled = calls.map((c) => c.kind === 'beacon' ? Promise.resolve(navigator.sendBeacon(c.url, '')) : fetch(c.url, { mode: 'no-cors', method: c.method, credentials: 'omit' }).catch(() => undefined));
const loaded = new Promise((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', resolve)));
Promise.all([loaded, ...settled]).then(() => setTimeout(() => fetch('/__replayed?id=${encodeURIComponent(replay.id)}', { method: 'POST' }), 300));`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(replay.source.site)} (replayed)</title></head><body>
<pre>${escapeHtml(recordedText)}</pre>
${html}
<script>${script}</script>
</body></html>`;
}

export interface ReplayServer {
  proxyPort: number;
  replays: Replay[];
  /** Has the replay's page said that all its parts settled? */
  done(id: string): boolean;
  close(): Promise<void>;
}

export async function startReplayServer(sources: readonly HarSource[]): Promise<ReplayServer> {
  const answers = new Map<string, Map<string, Answer[]>>();
  const replays = sources.map((source) => readReplay(source, answers));
  const pages = new Map(replays.map((replay) => [replay.pageUrl.replace(/#.*$/, ''), replay]));
  const served = new Map<string, number>();
  const finished = new Set<string>();
  const sockets = new Set<Socket>();

  const tls = createHttpsServer(standInCertificate(['har-replay.invalid']), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = request.url ?? '/';
    if (path.startsWith('/__replayed?')) {
      finished.add(new URL(path, 'https://x').searchParams.get('id') ?? '');
      return void response.writeHead(204).end();
    }
    const list = answers.get(host)?.get(path);
    if (list === undefined) {
      // Browsers ask every host for a favicon; anything else was not recorded.
      return void response.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' }).end();
    }
    const key = `${host}${path}`;
    const n = served.get(key) ?? 0;
    served.set(key, n + 1);
    const answer = list[Math.min(n, list.length - 1)] as Answer;
    if (answer.status === 0) return void request.socket.destroy(); // a recorded network error
    // A replay's page requests its parts (and shows a failing page's recorded text); a frame or a redirect
    // hop is served empty, or with its recorded text when it failed.
    const page = pages.get(`https://${host}${path}`);
    const failed = answer.status >= 400;
    const body = answer.body === undefined ? '' : page !== undefined ? replayPage(page, failed ? answer.body : '') : failed ? replayPage(emptyReplay(host), answer.body) : '';
    const headers = answer.body === undefined ? answer.headers : [...answer.headers.filter(([name]) => name.toLowerCase() !== 'content-type'), ['content-type', 'text/html; charset=utf-8'] as [string, string]];
    response.writeHead(answer.status, answer.statusText || STATUS_CODES[answer.status] || '', [...headers.flat(), 'content-length', String(Buffer.byteLength(body))]);
    response.end(body);
  });
  tls.keepAliveTimeout = 1000;
  tls.on('connection', (socket: Socket) => track(sockets, socket));
  const tlsPort = await listenOnLoopback(tls);

  const proxy = await startConnectProxy(tlsPort, (host) => answers.has(host));
  return {
    proxyPort: proxy.port,
    replays,
    done: (id) => finished.has(id),
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([stopServer(tls), proxy.close()]);
    },
  };
}

/** A document that is no replay's page (a frame): its parts are not replayed. */
function emptyReplay(host: string): Replay {
  return { id: host, source: { file: '', source: '', path: '', site: host, story: 'healthy', note: '', expect: { badge: 'quiet', why: '' } }, url: '', pageUrl: '', parts: [] };
}

function track(sockets: Set<Socket>, socket: Socket): void {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
}

/** What Detour showed for one replayed page load. */
export interface ReplayResult {
  id: string;
  story: HarSource['story'];
  expect: HarSource['expect'];
  badge: string;
  headline: string;
  /** Does what Detour showed tell the HAR's own story (quiet when it loaded; lit, naming the provider, when it broke)? */
  right: boolean;
}

// How a headline names each provider (AWS's services go by their own names: "Amazon CloudFront", "AWS S3").
const PROVIDER_WORDS: Readonly<Record<string, RegExp>> = { aws: /\bAWS\b|\bAmazon\b/, cloudflare: /Cloudflare/, fastly: /Fastly/, akamai: /Akamai/, google: /Google/, azure: /Azure/, vercel: /Vercel/, netlify: /Netlify/, github: /GitHub/ };

/** Visits a replay's page, waits for its parts to settle and the badge to be redrawn, and reads badge and headline. */
export async function runReplay(browser: import('./detour-browser').DetourBrowser, server: ReplayServer, replay: Replay): Promise<ReplayResult> {
  const { waitFor, POPUP_PATH } = await import('./detour-browser');
  await browser.visit(replay.url);
  await waitFor(`${replay.id} to settle`, async () => (server.done(replay.id) ? true : undefined), 45_000);
  await new Promise((resolve) => setTimeout(resolve, 400)); // the badge is redrawn once per beat (50 ms)
  const report = await browser.report(replay.pageUrl);
  const popup = await browser.openExtensionPage(`${POPUP_PATH}?tabId=${report.tabId}`);
  const headline = await waitFor('the popup headline', () => popup.evaluate(() => document.getElementById('verdict')?.textContent ?? undefined, undefined));
  await popup.close();
  const { expect } = replay.source;
  const quiet = report.badgeText === '' && (/^No failures seen/.test(headline) || /^This page loaded\./.test(headline));
  const named = expect.provider === null || expect.provider === undefined ? !Object.values(PROVIDER_WORDS).some((word) => word.test(headline)) : (PROVIDER_WORDS[expect.provider] ?? new RegExp(expect.provider)).test(headline);
  const right = expect.badge === 'quiet' ? quiet : report.badgeText !== '' && named;
  return { id: replay.id, story: replay.source.story, expect, badge: report.badgeText, headline, right };
}

/** False alarms (a page that loaded, with a lit badge or a failure headline) and misses (a broken load left quiet or blamed on the wrong provider). */
export function replayRates(results: readonly ReplayResult[]): { falseAlarms: number; quietLoads: number; misses: number; brokenLoads: number } {
  const quietLoads = results.filter((r) => r.expect.badge === 'quiet');
  const brokenLoads = results.filter((r) => r.expect.badge === 'lit');
  return { falseAlarms: quietLoads.filter((r) => !r.right).length, quietLoads: quietLoads.length, misses: brokenLoads.filter((r) => !r.right).length, brokenLoads: brokenLoads.length };
}
