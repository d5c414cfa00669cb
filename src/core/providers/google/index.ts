// Google: Front End / Cloud Load Balancing / Cloud Run / App Engine / Firebase Hosting / GCS (providers.md §1.5).
import type { Context } from '../../context';
import type { Failure } from '../../types';
import type { ProviderModule, Verdict } from '../../signals';
import { failureOfStatus, generated, table } from '../../verdict';
import { parseGoogle } from './ranges';

const GCS_CODES: Readonly<Record<string, Failure>> = table({
  NoSuchKey: 'client', NoSuchBucket: 'origin', AccessDenied: 'block', InternalError: 'edge', ServiceUnavailable: 'edge',
});

// Google APIs' JSON errors: {"error": {"code": 503, "status": "UNAVAILABLE"}} and the older
// {"error": {"errors": [{"domain": "global", "reason": "backendError"}]}} (and the same fields unwrapped).
const GOOGLE_API_ERROR = /google\.apis\.requests\.requesterror|reason\[(?:backenderror|ratelimitexceeded|userratelimitexceeded|quotaexceeded|internalerror)\]|\\?"status\\?"\s*:\s*\\?"(unavailable|internal|resource_exhausted|deadline_exceeded|permission_denied|unauthenticated|not_found|invalid_argument|failed_precondition|aborted|unknown|cancelled|already_exists|out_of_range|unimplemented|data_loss)\\?"|"domain"\s*:\s*"(?:global|usagelimits)"\s*,\s*"reason"\s*:\s*"[a-z]+"|"reason"\s*:\s*"(?:backenderror|ratelimitexceeded|userratelimitexceeded|dailylimitexceeded|quotaexceeded)"/;
const API_BLOCK = /resource_exhausted|permission_denied|unauthenticated|ratelimitexceeded|quotaexceeded|dailylimitexceeded|usagelimits|reason\[forbidden\]/;
const API_EDGE = /"status"\s*:\s*"(?:unavailable|internal|deadline_exceeded|unknown|data_loss)"|backenderror|"reason"\s*:\s*"internalerror"/;
// Google's own front ends (APIs, google.com) as opposed to Google Frontend, which serves customers' apps.
const OWN_FRONT_ENDS = /^(?:esf|gse|gws|sffe)\b/;

export const google: ProviderModule = {
  id: 'google',
  name: 'Google Cloud',
  depth: 1,
  services: ['cdn', 'load-balancer', 'googleapis', 'app-engine', 'cloud-run', 'cloud-functions', 'firebase', 'gcs'],
  headers: [
    { header: 'server', prefix: 'google frontend', weight: 2, evidence: 'server: Google Frontend' },
    ...['gws', 'esf', 'sffe', 'gse'].map((prefix) => ({ header: 'server', prefix, weight: 2 as const, evidence: "server: one of Google's own front ends" })),
    { header: 'via', contains: '1.1 google', weight: 2, evidence: 'via: 1.1 google (Google Cloud Load Balancing)', service: 'load-balancer' },
    { header: 'x-guploader-uploadid', weight: 2, evidence: 'x-guploader-uploadid header (Cloud Storage)', service: 'gcs' },
    { header: 'x-goog-generation', weight: 1, evidence: 'x-goog-generation header (Cloud Storage)', service: 'gcs' },
    { header: 'x-cloud-trace-context', weight: 1, evidence: 'x-cloud-trace-context header' },
  ],
  hosts: [
    { key: 'run.app', service: 'cloud-run', evidence: 'host is on run.app (Cloud Run)' },
    { key: 'appspot.com', service: 'app-engine', evidence: 'host is on appspot.com (App Engine)' },
    { key: 'cloudfunctions.net', service: 'cloud-functions', evidence: 'host is on cloudfunctions.net' },
    { key: 'web.app', service: 'firebase', evidence: 'host is on web.app (Firebase Hosting)' },
    { key: 'firebaseapp.com', service: 'firebase', evidence: 'host is on firebaseapp.com (Firebase Hosting)' },
    { key: 'googleapis.com', match: /^storage\.googleapis\.com$|\.storage\.googleapis\.com$/, service: 'gcs', own: true, evidence: 'host is Cloud Storage' },
    { key: 'googleapis.com', match: /^(?!storage\.|.*\.storage\.)/, service: 'googleapis', own: true, evidence: 'host is a Google API (googleapis.com)' },
    { key: 'google.com', own: true, evidence: "host is Google's own" },
    { key: 'firebaseio.com', service: 'firebase', own: true, evidence: 'host is a Firebase Realtime Database' },
    { key: 'firebasestorage.app', service: 'firebase', own: true, evidence: 'host is Firebase Storage' },
    { key: 'gstatic.com', own: true, evidence: "host is Google's static content" },
    { key: 'googlesource.com', own: true, evidence: "host is Google's Git hosting (googlesource.com)" },
  ],
  pages: [
    { find: /that(?:’|'|&#39;)s an error/, weight: 2, evidence: "Google's error page ('That's an error.')" },
    { find: /<title>error \d{3} \([^)]*\)!!1<\/title>|error \d{3} \([^)]*\)!!1/, weight: 2, evidence: "Google's error page title ('Error 502 (Server Error)!!1')" },
    { find: /the server encountered (?:a temporary error|an error) and could not complete your request/, weight: 2, evidence: "Google's front-end error text ('The server encountered … could not complete your request')" },
    { find: /<error>\s*<code>[a-z]+<\/code>\s*<message>[^<]*<\/message>\s*<details>/, weight: 2, evidence: "Cloud Storage's XML error (with <Details>)", service: 'gcs' },
    { find: GOOGLE_API_ERROR, weight: 2, evidence: "a Google API's error format ({\"error\": {\"status\": …}})", service: 'googleapis' },
  ],
  judge: judgeGoogle,
  products: {
    googleapis: 'Google APIs', cdn: 'Google Cloud CDN', 'load-balancer': 'Google Cloud Load Balancing', 'app-engine': 'Google App Engine',
    'cloud-run': 'Google Cloud Run', 'cloud-functions': 'Google Cloud Functions', firebase: 'Firebase Hosting', gcs: 'Google Cloud Storage',
  },
  // goog.json before cloud.json: the lookup lets later lists win exact ties.
  rangeLists: [
    { id: 'google-all', url: 'https://www.gstatic.com/ipranges/goog.json', format: 'google-all', parse: (text) => parseGoogle(text, 'goog') },
    { id: 'google-cloud', url: 'https://www.gstatic.com/ipranges/cloud.json', format: 'google-cloud', parse: (text) => parseGoogle(text, 'cloud') },
  ],
  status: { kind: 'google-cloud', url: 'https://status.cloud.google.com/incidents.json', page: 'https://status.cloud.google.com', verified: false },
};

function judgeGoogle(ctx: Context): Verdict | undefined {
  const page = ctx.page;
  if (GOOGLE_API_ERROR.test(page)) return judgeApi(ctx, page);
  const code = /<code>\s*([A-Za-z]+)\s*<\/code>/i.exec(ctx.rawPage)?.[1];
  if (code !== undefined && page.includes('<error>')) {
    return generated(GCS_CODES[code] ?? failureOfStatus(ctx.status), `Cloud Storage error ${code}`, code, 'gcs');
  }
  if (page.includes('site not found') && (page.includes('firebase') || ctx.status === 404)) {
    return generated('origin', 'Firebase Hosting: no site is set up for this domain', undefined, 'firebase');
  }
  if (page.includes('no healthy upstream') || page.includes('upstream connect error')) {
    return generated('origin', "Google's load balancer found no healthy backend", undefined, 'load-balancer');
  }
  const server = (ctx.header('server') ?? '').toLowerCase();
  if (ctx.status >= 500 && OWN_FRONT_ENDS.test(server)) {
    return generated('edge', `${ctx.status} from Google's own front end (${server || ctx.host}): Google's service failed`);
  }
  // The robot page ("That's an error.", "Error 502 (Server Error)!!1") is what Google's own front end serves
  // for Google's own services; in front of a customer's backend (a customer host, or through the customer's
  // load balancer) it only reports that backend. With no host to go by, the template is Google's own.
  const robot = /that(?:’|'|&#39;)s an error/.test(page) || /\)!!1/.test(page);
  if (robot && ctx.status >= 500 && ctx.host === '' && ctx.header('via') === undefined) {
    return generated('edge', `Google's own front-end error page (${ctx.status}): a Google service failed`);
  }
  if ((robot || /could not complete your request/.test(page)) && ctx.status >= 500) {
    return generated('origin', `Google Front End ${ctx.status} page: the backend behind Google failed or timed out`);
  }
  return undefined;
}

/** A Google API's own error: quota and permission refusals are blocks, its 5xx are Google failing. */
function judgeApi(ctx: Context, page: string): Verdict {
  const status = /\\?"status\\?"\s*:\s*\\?"([a-z_]{4,})\\?"/.exec(page)?.[1]?.toUpperCase() ?? /"reason"\s*:\s*"([a-z]+)"/i.exec(ctx.rawPage)?.[1];
  if (API_BLOCK.test(page) || ctx.status === 429) return generated('block', `Google API: ${status ?? ctx.status} (a quota, rate limit or permission refusal)`, status, 'googleapis');
  if (API_EDGE.test(page) || ctx.status >= 500) return generated('edge', `Google API: ${status ?? ctx.status}: Google's service failed`, status, 'googleapis');
  return generated(failureOfStatus(ctx.status), `Google API: ${status ?? ctx.status}`, status, 'googleapis');
}
