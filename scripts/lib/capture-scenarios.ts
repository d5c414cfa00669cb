// The tour's leg of real failures: a selection of corpus captures (test/captures/) served by the simulator
// with the status, headers and page the source recorded, on the host it was recorded for (mapped to
// 127.0.0.1 like every scenario host), so Detour in a real browser can be held to the capture's label.
import { validateHeaderName, validateHeaderValue } from 'node:http';
import { judgeCapture } from './accuracy';
import { type Capture, readCaptures } from './captures';
import { INCIDENT_BADGE_TEXT } from '../../src/core/badge';
import type { TabReport } from './detour-browser';
import { pageDiagnosis } from './check-scenario';
import type { ServedScenario } from './scenarios';

/**
 * Provider failures from incidents and their look-alikes, one or two per provider; each has a page or headers
 * to read. Served on the recorded host, so none of these may be a host the browsers know to be HTTPS-only
 * (preloaded HSTS would turn the simulator's http:// into a failing https://).
 */
export const TOUR_CAPTURE_IDS = [
  'cloudflare/0xpr03-nitter-status-9', // Cloudflare, 18 Nov 2025: its own 500 page, known only by its text
  'cloudflare/cf-ekultek-whatwaf-630', // a 520 with Cloudflare's headers: the origin's fault
  'cloudflare/cf-ekultek-whatwaf-344', // Cloudflare's 'Attention Required!' page: a block, not an outage
  'heroku/coderanger-nightlies-8', // Heroku's Application error relayed by Cloudflare
  'fastly/owncloud-client-8697', // Fastly, 8 Jun 2021: the Guru Mediation 503 with no origin reason
  'fastly/jenkins-infra-helpdesk-2899', // Fastly with no healthy backend: the origin's fault
  'aws/dyatko-arkit-848', // CloudFront's 504 page: the origin did not answer
  'google/googleapis-google-cloud-python-1687', // a Google API answering 503 UNAVAILABLE
  'azure/azure-azure-cli-16900', // Azure Storage's InternalError
  'vercel/emedvedev-slackin-extended-343', // a site's function failing on Vercel
  'akamai/ekultek-whatwaf-1162', // Akamai's Access Denied
  'none/uzbl-uzbl-410', // a self-hosted nginx 504: no provider to blame
] as const;

export interface CaptureScenario extends ServedScenario {
  capture: Capture;
}

// Framing the simulator sets itself, and what a browser would refuse to be handed twice.
const DROPPED = new Set(['content-length', 'transfer-encoding', 'content-encoding', 'connection', 'keep-alive', 'date', 'status', 'http2-settings', 'upgrade']);

/** The tour's captures as simulator scenarios (each on its own host). */
export function captureScenarios(ids: readonly string[] = TOUR_CAPTURE_IDS): CaptureScenario[] {
  const { captures } = readCaptures();
  const taken = new Set<string>();
  return ids.map((id) => {
    const capture = captures.find((c) => c.id === id);
    if (capture === undefined) throw new Error(`no capture ${id} in test/captures`);
    const { host, path } = placeOf(capture, taken);
    taken.add(host);
    const failing = capture.expected.failure === 'edge' || capture.expected.failure === 'origin';
    const scenario: CaptureScenario = {
      name: `capture-${id.replace('/', '-')}`,
      summary: `${capture.source}: ${capture.note.split('. ')[0]?.slice(0, 120) ?? ''}`,
      host,
      path,
      status: capture.status ?? 500,
      headers: servedHeaders(capture),
      body: servedBody(capture),
      expected: {
        provider: capture.expected.provider,
        failure: capture.expected.failure,
        badge: failing ? '1' : '',
        ...(failing ? { badgeColor: capture.expected.failure === 'edge' ? ('red' as const) : ('orange' as const) } : {}),
      },
      capture,
    };
    const reason = capture.statusLine?.replace(/^\S+\s+\d{3}\s*/, '').trim();
    if (reason && /^[\t\x20-\x7e]+$/.test(reason)) scenario.statusText = reason;
    return scenario;
  });
}

/** What differs from the capture's label (or a pair it also accepts), and from the badge that label calls for. */
export function captureProblems(scenario: CaptureScenario, report: TabReport): string[] {
  const page = pageDiagnosis(report);
  if (page === undefined) return [`page: nothing listed, expected ${scenario.capture.expected.provider ?? 'no provider'}/${scenario.capture.expected.failure}`];
  const problems: string[] = [];
  if (!judgeCapture(scenario.capture, page).both) {
    problems.push(`page: ${page.provider ?? 'no provider'}/${page.failure}, label ${scenario.capture.expected.provider ?? 'no provider'}/${scenario.capture.expected.failure}`);
  }
  const counts = page.failure === 'edge' || page.failure === 'origin';
  // While an incident is open elsewhere (the tour fails many sites at once), a tab with nothing of its own to
  // count shows the incident's mark instead of nothing.
  const own = report.badgeText === INCIDENT_BADGE_TEXT ? '' : report.badgeText;
  if (own !== (counts ? '1' : '')) problems.push(`badge: "${report.badgeText}" for a ${page.failure} verdict`);
  return problems;
}

/** The recorded host and path; a capture without a URL gets a host named after its source. */
function placeOf(capture: Capture, taken: Set<string>): { host: string; path: string } {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?(\/[^\s#]*)?/i.exec(capture.url ?? '');
  let host = m?.[1]?.toLowerCase() ?? `${(capture.source.split('#')[0]?.split('/')[1] ?? 'site').toLowerCase().replace(/[^a-z0-9-]/g, '-')}.example`;
  for (let n = 2; taken.has(host); n++) host = host.replace(/^(?:\d+\.)?/, `${n}.`);
  // A path the browser would spell differently (percent-encoding) could not be matched: the page is served at /.
  const path = (m?.[2] ?? '/').split('?')[0] ?? '/';
  return { host, path: /^\/[A-Za-z0-9/._-]*$/.test(path) ? path : '/' };
}

function servedHeaders(capture: Capture): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(capture.headers ?? {})) {
    if (DROPPED.has(name) || name.startsWith(':')) continue;
    const joined = Array.isArray(value) ? value.join(', ') : value;
    try {
      validateHeaderName(name);
      validateHeaderValue(name, joined);
    } catch {
      continue; // a header Node cannot send as it was pasted (a line break, a non-Latin-1 character)
    }
    out[name] = joined;
  }
  // Captured pages may link scripts and images on hosts this machine cannot reach: the tour's copy loads
  // nothing but itself, so the only requests Detour sees are the page's own.
  out['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
  out['content-type'] ??= 'text/html; charset=utf-8';
  return out;
}

/** The page as recorded; text that is not markup is shown in a <pre> (its visible text is the same). */
function servedBody(capture: Capture): string {
  const body = capture.body ?? '';
  const title = capture.title !== undefined && !/<title/i.test(body) ? `<title>${escape(capture.title)}</title>` : '';
  const contentType = String(capture.headers?.['content-type'] ?? '');
  if (/^\s*</.test(body) || /json|xml|text\/plain/i.test(contentType)) return title === '' ? body : `${title}\n${body}`;
  return `<!doctype html>${title}<pre>${escape(body)}</pre>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
