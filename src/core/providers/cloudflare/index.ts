// Cloudflare (CDN/proxy, Pages, Workers): providers.md §1.1.
import type { Context } from '../../context';
import type { Failure } from '../../types';
import { statuspage, type Layer, type ProviderModule, type Verdict } from '../../signals';
import { generated, suffixCode, table } from '../../verdict';
import { CLOUDFLARE_CATEGORIES, CLOUDFLARE_CODE_MEANING, CLOUDFLARE_CODES, WORKER_CODES } from './codes';
import { readProblem, type Problem } from './problem';
import { parseCloudflareApi, parseCloudflareText } from './ranges';

const rayPop = (value: string): string | undefined => suffixCode(value);
const CACHED = /^(hit|stale|expired|updating|revalidated)$/i;
const BOX = /\b(browser|cloudflare|host)\s+(working|error)\b/g;
const BOX_HTML = /id="cf-(browser|cloudflare|host)-status"[^>]*cf-error-source|cf-error-source[^>]*id="cf-(browser|cloudflare|host)-status"/;
const BOX_FAILURE: Readonly<Record<string, Failure>> = table({ browser: 'client', cloudflare: 'edge', host: 'origin' });
const OLD_CHALLENGE = /just a moment\.\.\.|_cf_chl_opt|checking your browser before accessing|cf-browser-verification|\/cdn-cgi\/challenge-platform\/h\/|enable javascript and cookies to continue/;
const BLOCK_PAGE = /used cloudflare to restrict access|sorry, you have been blocked|attention required! \| cloudflare/;
// The page says who produced it: Cloudflare's own signature line, not a script or link that happens to name it.
const SIGNED = /<center>cloudflare(?:-nginx|-lb)?<\/center>|(?:^|\n|>)\s*cloudflare(?:-nginx|-lb)?\s*(?:<|\n|$)|cloudflare-nginx/;
// A client's rendering of Cloudflare's rate-limit answer: "429 Too many requests. Error code: 1015".
const RATE_LIMITED = /too many requests[\s\S]{0,60}error code:? ?(1015)\b/;
const BRANDED = /cf-error-details|cf-wrapper|cloudflare ray id|performance &(?:amp;)? security by cloudflare|\| \d{3}: /;

export const cloudflare: ProviderModule = {
  id: 'cloudflare',
  name: 'Cloudflare',
  depth: 0,
  services: ['cdn', 'pages', 'workers', 'challenges'],
  headers: [
    { header: 'server', prefix: 'cloudflare', weight: 2, evidence: 'server: cloudflare' },
    { header: 'cf-ray', weight: 2, evidence: 'cf-ray header', pop: rayPop, requestId: true },
    { header: 'cf-cache-status', weight: 1, evidence: 'cf-cache-status header' },
    { header: 'cf-mitigated', weight: 2, evidence: 'cf-mitigated header', alarm: true },
    { header: 'cf-error-type', weight: 2, evidence: 'cf-error-type header (set only on errors Cloudflare generated)' },
    { header: 'cf-error-origin', weight: 2, evidence: 'cf-error-origin header' },
    { header: 'cf-ew-via', weight: 1, evidence: 'cf-ew-via header (Workers)', service: 'workers' },
    { header: 'report-to', contains: 'a.nel.cloudflare.com', weight: 1, evidence: "report-to names Cloudflare's NEL endpoint" },
    // cf-team is added by the requester's own Zero Trust gateway: it says nothing about the site.
  ],
  hosts: [
    { key: 'workers.dev', service: 'workers', evidence: 'host is on workers.dev' },
    { key: 'pages.dev', service: 'pages', evidence: 'host is on pages.dev' },
    { key: 'cloudflare.com', match: /^challenges\.cloudflare\.com$/, service: 'challenges', evidence: 'challenges.cloudflare.com (Turnstile and challenges)' },
    { key: 'cloudflare.com', match: /^(?!challenges\.)/, own: true, evidence: "host is Cloudflare's own (its site, dashboard or API)" },
    { key: 'cloudflarestorage.com', service: 'r2', own: true, evidence: 'host is Cloudflare R2 storage' },
    { key: 'cloudflareclient.com', own: true, evidence: "host is Cloudflare's WARP client API" },
  ],
  paths: [{ contains: '/cdn-cgi/', weight: 2, evidence: "the URL is Cloudflare's own path (/cdn-cgi/)" }],
  statuses: [520, 521, 522, 523, 524, 525, 526, 530], // documented as Cloudflare's own; no one else sends them
  pages: [
    { find: /cf-error-details|cf-wrapper/, weight: 2, evidence: "Cloudflare's error-page template" },
    { find: /cloudflare ray id|performance &(?:amp;)? security by cloudflare/, weight: 2, evidence: 'page shows a Cloudflare Ray ID' },
    { find: '"cloudflare_error"', weight: 2, evidence: 'problem JSON with cloudflare_error' },
    { find: 'cloudflare-nginx', weight: 2, evidence: 'page names cloudflare-nginx' },
    { find: /_cf_chl_opt|cf-browser-verification|\/cdn-cgi\/challenge-platform\//, weight: 2, evidence: "page loads Cloudflare's challenge platform" },
    // The template in part, as people and non-browser clients see it (providers.md §1.1 "Branded error-page markers").
    { find: /5xx-error-landing|utm_source=errorcode_\d/, weight: 2, evidence: "page links Cloudflare's error landing page (errorcode_…)" },
    { find: /visit cloudflare\.com for more information|cloudflare location:|\bray id:?\s*(?:<[^>]+>\s*)*[0-9a-f]{16}\b/, weight: 2, evidence: "the footer of Cloudflare's error page (Ray ID, 'Visit cloudflare.com')" },
    { find: /\bcloudflare(?:'s network)? (?:could not|was unable to|is unable to|and the origin)|between cloudflare(?:'s network)? and the origin/, weight: 2, evidence: "Cloudflare's error-page text about reaching the origin" },
    { find: /error code:? ?(?:5\d\d|1\d{3})\b[\s\S]{0,400}\bcloudflare\b|\bcloudflare\b[\s\S]{0,400}error code:? ?(?:5\d\d|1\d{3})\b/, weight: 2, evidence: "Cloudflare's 'Error code …' beside its name" },
    { find: /(?:^|\n)\s*error code: (?:1\d{3}|5\d\d)\s*(?:$|\n)/, weight: 2, evidence: "Cloudflare's plain-text error ('error code: …') for non-browser clients" },
    { find: RATE_LIMITED, weight: 2, evidence: "Cloudflare's rate-limit code 1015 after 'Too many requests'" },
    { find: /developers\.cloudflare\.com\/support\/troubleshooting\/http-status-codes\/cloudflare-/, weight: 2, evidence: "problem JSON pointing at Cloudflare's error documentation" },
    // The current template's heading above its code: "Gateway time-out / Error code 504".
    { find: /\b(?:bad gateway|gateway time-?out|internal server error)\s+error code (?:50[024])\b/, weight: 2, evidence: "Cloudflare's error-page heading above 'Error code …'" },
    { find: /web server is (?:down|returning an unknown error)|origin is unreachable|origin dns error|worker threw exception|worker_threw_exception/, weight: 2, evidence: "a Cloudflare 52x page's heading" },
    { find: /has banned your access based on your browser's signature|used cloudflare to restrict access|attention required! \| cloudflare/, weight: 2, evidence: "Cloudflare's block page" },
    // Titles: "example.com | 522: Connection timed out" (5xx), "Access denied | example.com used Cloudflare …" (1xxx).
    { find: /\| 5\d\d: (?:bad gateway|gateway time-?out|internal server error|web server is (?:down|returning an unknown error)|connection timed out|a timeout occurred|origin is unreachable|ssl handshake failed|invalid ssl certificate)|\| cloudflare\s*(?:<\/title>|\n|$)/, weight: 2, evidence: "Cloudflare's error-page title" },
    { find: /(?:^|\n|<title>)\s*just a moment\.\.\.\s*(?:<\/title>|\n|$)|checking your browser before accessing|enable javascript and cookies to continue|unblock challenges\.cloudflare\.com/, weight: 2, evidence: "Cloudflare's challenge page ('Just a moment...')" },
    { find: /<center>cloudflare(?:-nginx|-lb)?<\/center>|(?:^|\n)\s*\d{3} [a-z -]+\s+cloudflare(?:-nginx|-lb)?\s*$/, weight: 2, evidence: "a plain error page signed 'cloudflare'" },
  ],
  judge: (ctx, layer) => withRayId(ctx, judgeCloudflare(ctx, layer)),
  products: { cdn: 'Cloudflare CDN', pages: 'Cloudflare Pages', workers: 'Cloudflare Workers', challenges: 'Cloudflare challenges', r2: 'Cloudflare R2' },
  // Cloudflare's error page loads /cdn-cgi/styles/… from the very host that failed.
  ownPaths: ['/cdn-cgi/'],
  rangeLists: [
    { id: 'cloudflare-v4', url: 'https://www.cloudflare.com/ips-v4', format: 'cloudflare-text', parse: parseCloudflareText },
    { id: 'cloudflare-v6', url: 'https://www.cloudflare.com/ips-v6', format: 'cloudflare-text', parse: parseCloudflareText },
    { id: 'cloudflare-api', url: 'https://api.cloudflare.com/client/v4/ips', format: 'cloudflare-api', parse: parseCloudflareApi },
  ],
  // https://www.cloudflare.com/ips-v4, /ips-v6
  seedRanges: {
    cidrs: [
      '173.245.48.0/20', '103.21.244.0/22', '103.22.200.0/22', '103.31.4.0/22', '141.101.64.0/18', '108.162.192.0/18',
      '190.93.240.0/20', '188.114.96.0/20', '197.234.240.0/22', '198.41.128.0/17', '162.158.0.0/15', '104.16.0.0/13',
      '104.24.0.0/14', '172.64.0.0/13', '131.0.72.0/22',
      '2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32',
    ],
  },
  status: statuspage('https://www.cloudflarestatus.com', true),
};

function judgeCloudflare(ctx: Context, layer: Layer): Verdict | undefined {
  const status = ctx.status;
  const page = ctx.hasPage ? ctx.page : '';
  if (page.includes('unblock challenges.cloudflare.com') || (layer.service === 'challenges' && (status >= 500 || ctx.error))) {
    // 18 Nov 2025: when the challenge itself cannot load, Cloudflare's edge is failing.
    return generated('edge', "Cloudflare's challenge could not load (challenges.cloudflare.com failing)", undefined, 'challenges');
  }
  if (/challenge/i.test(ctx.header('cf-mitigated') ?? '')) return generated('block', 'cf-mitigated: challenge — a Cloudflare bot check, not an outage');
  const problem = page.includes('cloudflare_error') || page.includes('"error_category"') || page.includes('developers.cloudflare.com/support/troubleshooting') ? readProblem(ctx.rawPage) : undefined;
  const declared = declaredCode(ctx, problem);
  const byDeclared = fromCode(declared);
  if (byDeclared !== undefined) return byDeclared;
  const box = statusBox(page);
  const code = declared ?? pageCode(page);
  if (box !== undefined) return generated(BOX_FAILURE[box] ?? 'unknown', `Cloudflare's error page marks the ${box} box as the failing hop`, code);
  const byPage = fromCode(code);
  // Cloudflare serves its 10xx pages (blocks, DNS and setup errors) as 403, 409 or 530. Sent as a 500, the
  // page contradicts the status on the wire: Cloudflare's own edge is misbehaving (22 June 2022).
  if (byPage !== undefined && status === 500 && code !== undefined && /^10\d\d$/.test(code) && !WORKER_CODES.has(code)) {
    return generated('edge', `Cloudflare served its ${code} page with status 500: its own edge is failing`, code);
  }
  if (byPage !== undefined) return byPage;
  if (OLD_CHALLENGE.test(ctx.title) || OLD_CHALLENGE.test(page)) return generated('block', "a Cloudflare challenge page ('Just a moment...'), not an outage");
  if (BLOCK_PAGE.test(page)) return generated('block', "Cloudflare's block page: a security rule stopped the request");
  const category = problem?.category !== undefined ? CLOUDFLARE_CATEGORIES[problem.category] : undefined;
  if (category !== undefined) return generated(category, `Cloudflare problem JSON: error_category ${problem?.category}`, code);
  if (status === 530) return generated('origin', 'status 530: Cloudflare could not resolve or reach the origin', '530');
  if (status < 500) return status === 429 ? generated('block', 'status 429 from Cloudflare: rate limited') : undefined;
  if (CACHED.test(ctx.header('cf-cache-status') ?? '')) {
    return { failure: 'origin', generated: false, evidence: [`the origin's ${status} was served from Cloudflare's cache (cf-cache-status ${ctx.header('cf-cache-status')})`] };
  }
  if (challengeHeaders(ctx, page)) {
    return generated('block', "Cloudflare's own 503 with its challenge's headers (X-Frame-Options, no-cache, nothing from the origin): the 'I'm Under Attack' check, not an outage");
  }
  const branded = BRANDED.test(page);
  if ((status === 502 || status === 504) && branded) return generated('origin', `Cloudflare-branded ${status} page: the origin answered ${status}`);
  if (SIGNED.test(page)) return generated('edge', `a ${branded ? 'Cloudflare-branded' : 'plain'} ${status} page signed by Cloudflare: Cloudflare itself failed`);
  if (/internal server error/.test(page) && /error code:? ?500\b/.test(page)) return generated('edge', "Cloudflare's 'Internal server error — Error code 500' page: Cloudflare itself failed", '500');
  return undefined;
}

/**
 * Until 2021 Cloudflare's JS challenge ("I'm Under Attack") came as a 503 that Cloudflare made itself: its own
 * pages carry X-Frame-Options SAMEORIGIN and a no-cache Cache-Control, and no cf-cache-status (nothing was
 * fetched from the origin). Scraper logs often show only these headers.
 */
function challengeHeaders(ctx: Context, page: string): boolean {
  return ctx.status === 503 && !BRANDED.test(page) && ctx.header('cf-cache-status') === undefined
    && /^\s*sameorigin\s*$/i.test(ctx.anyHeader('x-frame-options') ?? '') && /\bno-cache\b/i.test(ctx.anyHeader('cache-control') ?? '');
}

function fromCode(code: string | undefined): Verdict | undefined {
  const failure = code !== undefined ? CLOUDFLARE_CODES[code] : undefined;
  if (code === undefined || failure === undefined) return undefined;
  const meaning = CLOUDFLARE_CODE_MEANING[code];
  return generated(failure, `Cloudflare error ${code}${meaning ? `: ${meaning}` : ''}`, code, WORKER_CODES.has(code) ? 'workers' : undefined);
}

/** The code Cloudflare states outright: its error header, its problem JSON, or a 52x status. */
function declaredCode(ctx: Context, problem: Problem | undefined): string | undefined {
  const header = /^\s*(\d{3,4})/.exec(ctx.header('cf-error-type') ?? '')?.[1];
  if (header !== undefined) return header;
  if (problem?.code !== undefined) return problem.code;
  if (ctx.status >= 520 && ctx.status <= 526) return String(ctx.status);
  return undefined;
}

const PLAIN_CODE = /(?:^|\n)\s*error code: (1\d{3}|5\d\d)\s*(?:$|\n)/;

function pageCode(page: string): string | undefined {
  const plain = PLAIN_CODE.exec(page)?.[1] ?? RATE_LIMITED.exec(page)?.[1]; // what Cloudflare sends a client that is not a browser
  if (plain !== undefined) return plain;
  // another site's "error 1045" is not Cloudflare's: only a page that is Cloudflare's (by name or its Workers text)
  if (!page.includes('cloudflare') && !page.includes('worker threw exception')) return undefined;
  const m = /error(?:\s+code)?\s*:?\s*(?:<\/span>\s*<span[^>]*>\s*)?(1\d{3}|5[23]\d)\b|errorcode_(\d{3,4})/.exec(page);
  return m?.[1] ?? m?.[2];
}

function statusBox(page: string): string | undefined {
  if (page === '') return undefined;
  const html = BOX_HTML.exec(page);
  if (html !== null) return html[1] ?? html[2];
  let failing: string | undefined;
  let boxes = 0;
  let alone = false;
  for (const m of page.matchAll(BOX)) {
    boxes++;
    if (m[2] === 'error' && failing === undefined) {
      failing = m[1];
      // One box pasted alone ("example.com Host Error") still names the hop, unless a code follows ("Error 1020").
      alone = !/^\s*\d/.test(page.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4));
    }
  }
  return boxes >= 2 || alone ? failing : undefined;
}

/** A page or problem JSON names the Ray ID even when no cf-ray header came with it. */
function withRayId(ctx: Context, verdict: Verdict | undefined): Verdict | undefined {
  if (verdict === undefined || ctx.header('cf-ray') !== undefined || !ctx.hasPage) return verdict;
  const ray = /"ray_id"\s*:\s*"([0-9a-f]{8,32}(?:-[a-z]{3})?)"|ray id:?\s*(?:<[^>]+>\s*)*([0-9a-f]{16})/i.exec(ctx.rawPage);
  const id = ray?.[1] ?? ray?.[2];
  if (id !== undefined) verdict.requestId = id;
  return verdict;
}
