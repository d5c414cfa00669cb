// One observation, read defensively into the few plain values the rules need. Never throws.
import type { Observation } from './types';

const MAX_PAGE = 64 * 1024; // error pages say what matters near the top; megabytes would only cost time
const MAX_VALUE = 8 * 1024;

/**
 * Headers no provider module indexes that a judge may still read on the failing path (anyHeader): with the
 * modules' own, what the classifier reads of a response, and all the failure journal keeps of one.
 */
export const FAILURE_ONLY_HEADERS = ['cache-control', 'x-frame-options'] as const;
export type FailureOnlyHeader = (typeof FAILURE_ONLY_HEADERS)[number];

export class Context {
  readonly status: number; // a valid HTTP status (100–599), or 0
  readonly rawStatus: number | undefined;
  private reasonCache: string | undefined;
  readonly host: string;
  readonly hostKey: string; // last two labels
  private readonly noted: { name: string; value?: unknown }[] = []; // the headers some module reads, as given
  private kept: string[] | undefined; // name, value, name, value…: read from `noted` when a rule first asks
  readonly error: string | undefined;
  readonly ip: string | undefined;
  alarm = false; // a block marker was seen: judge even a healthy-looking status
  private readonly obs: Observation;
  private pageCache: string | undefined;
  private rawPageCache: string | undefined;

  constructor(obs: Observation) {
    this.obs = obs;
    const code = obs.statusCode;
    this.rawStatus = typeof code === 'number' && Number.isFinite(code) ? code : undefined;
    this.status = this.rawStatus !== undefined && Number.isInteger(code) && this.rawStatus >= 100 && this.rawStatus <= 599 ? this.rawStatus : 0;
    this.host = readHost(obs.url);
    this.hostKey = lastLabels(this.host);
    this.error = typeof obs.error === 'string' && obs.error !== '' ? obs.error.slice(0, 200) : undefined;
    this.ip = typeof obs.ip === 'string' ? obs.ip.slice(0, 64) : undefined;
  }

  /** Reason phrase from the status line, lowercased (read only for failures). */
  get reason(): string {
    this.reasonCache ??= readReason(this.obs.statusLine);
    return this.reasonCache;
  }

  /** Set once a header naming a copy of the content elsewhere (x-ipfs-path, onion-location) was noted. */
  mirrorsKept = false;

  /** Notes a header some module reads. The hot path: no string is touched until a rule asks for a value. */
  note(header: { name: string; value?: unknown }): void {
    this.noted.push(header);
  }

  /** A noted header's value (lowercase name); duplicates joined as HTTP joins them, bounded. */
  header(name: string): string | undefined {
    const kept = (this.kept ??= keepNoted(this.noted));
    for (let i = 0; i < kept.length; i += 2) if (kept[i] === name) return kept[i + 1];
    return undefined;
  }

  /**
   * Any response header, read from the observation itself (the first of that name): for a judge on the failing
   * path that needs a header no module indexes (cache-control, x-frame-options). The hot path never calls it.
   */
  anyHeader(name: FailureOnlyHeader): string | undefined {
    const headers = this.obs.responseHeaders;
    if (!Array.isArray(headers)) return undefined;
    const count = headers.length < 500 ? headers.length : 500;
    for (let i = 0; i < count; i++) {
      const h: unknown = headers[i];
      if (h === null || typeof h !== 'object') continue;
      const { name: n, value } = h as { name?: unknown; value?: unknown };
      if (typeof n === 'string' && n.length === name.length && n.toLowerCase() === name) return typeof value === 'string' ? value.slice(0, MAX_VALUE) : '';
    }
    return undefined;
  }

  /** Reason phrase, title and body, lowercased and bounded. */
  get page(): string {
    this.pageCache ??= decodeEntities(this.rawPage.toLowerCase());
    return this.pageCache;
  }

  /** The same text in its original case, for codes and ids. */
  get rawPage(): string {
    if (this.rawPageCache === undefined) {
      const title = typeof this.obs.title === 'string' ? this.obs.title.slice(0, 1024) : '';
      const body = typeof this.obs.bodyText === 'string' ? this.obs.bodyText.slice(0, MAX_PAGE) : '';
      this.rawPageCache = `${this.reason}\n${title}\n${body}`;
    }
    return this.rawPageCache;
  }

  /** The URL after its host, lowercased (read only for failures). */
  get path(): string {
    const url = typeof this.obs.url === 'string' ? this.obs.url : '';
    const start = url.indexOf('://');
    const slash = start < 0 ? -1 : url.indexOf('/', start + 3);
    return slash < 0 ? '' : url.slice(slash, slash + 512).toLowerCase();
  }

  get title(): string {
    return typeof this.obs.title === 'string' ? this.obs.title.slice(0, 1024).toLowerCase() : '';
  }

  get hasPage(): boolean {
    return Boolean(this.obs.title || this.obs.bodyText || this.reason);
  }
}

export const MAX_HEADER_VALUE = MAX_VALUE;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', middot: '·' };

/** Error pages are often captured as HTML: `Reference&#32;&#35;18&#46;…` reads as `Reference #18.…`. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,6})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

function readReason(line: unknown): string {
  if (typeof line !== 'string') return '';
  // "HTTP/1.1 503 Service Unavailable: Back-end server is at capacity" → "service unavailable: back-end …"
  const m = /^\s*\S+\s+\d{1,3}\s*(.*)$/.exec(line.slice(0, 512));
  return m?.[1] ? m[1].trim().toLowerCase() : '';
}

/** The lowercased host name of a URL, read in one pass without the URL parser (it runs for every response). */
function keepNoted(noted: readonly { name: string; value?: unknown }[]): string[] {
  const kept: string[] = [];
  outer: for (const h of noted) {
    const name = h.name.toLowerCase();
    const value = typeof h.value === 'string' ? h.value.slice(0, MAX_VALUE) : '';
    for (let i = 0; i < kept.length; i += 2) {
      if (kept[i] === name) {
        kept[i + 1] = `${kept[i + 1]}, ${value}`.slice(0, MAX_VALUE);
        continue outer;
      }
    }
    kept.push(name, value);
  }
  return kept;
}

export function readHost(url: unknown): string {
  if (typeof url !== 'string') return '';
  const start = url.indexOf('://');
  if (start < 0 || start > 16) return '';
  const from = start + 3;
  const limit = Math.min(url.length, from + 300);
  let hostStart = from;
  let colon = -1;
  let upper = false;
  let i = from;
  for (; i < limit; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) break; // '/', '?', '#': the authority ends
    if (c === 64) { // '@': what came before was user info
      hostStart = i + 1;
      colon = -1;
      upper = false;
    } else if (c === 58 && colon < 0 && url.charCodeAt(hostStart) !== 91) {
      colon = i; // ':' before the port (not inside an IPv6 literal)
    } else if (c >= 65 && c <= 90) {
      upper = true;
    }
  }
  let end = colon >= 0 ? colon : i;
  if (url.charCodeAt(hostStart) === 91 && /^\[[0-9a-f:.]*\]/i.test(url.slice(hostStart, hostStart + 48))) { // '[::1]'
    const close = url.indexOf(']', hostStart);
    if (close < 0 || close > i) return '';
    end = close + 1;
  } else if (end > hostStart && url.charCodeAt(end - 1) === 46) {
    end--; // a trailing dot names the same host
  }
  const host = url.slice(hostStart, end);
  return upper ? host.toLowerCase() : host;
}

export function lastLabels(host: string): string {
  const last = host.lastIndexOf('.');
  if (last <= 0) return host;
  const prev = host.lastIndexOf('.', last - 1);
  return prev < 0 ? host : host.slice(prev + 1);
}
