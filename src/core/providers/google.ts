// Google: Front End / Cloud Load Balancing / Cloud Run / App Engine / Firebase Hosting / GCS (providers.md §1.5).
import type { Context } from '../context';
import type { ProviderModule, Verdict } from '../signals';
import { failureOfStatus, generated } from '../verdict';

const GCS_CODES: Readonly<Record<string, 'client' | 'origin' | 'edge'>> = {
  NoSuchKey: 'client', NoSuchBucket: 'origin', AccessDenied: 'origin', InternalError: 'edge', ServiceUnavailable: 'edge',
};

export const google: ProviderModule = {
  id: 'google',
  name: 'Google Cloud',
  depth: 1,
  services: ['cdn', 'load-balancer', 'app-engine', 'cloud-run', 'cloud-functions', 'firebase', 'gcs'],
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
    { key: 'googleapis.com', match: /^storage\.googleapis\.com$|\.storage\.googleapis\.com$/, service: 'gcs', evidence: 'host is Cloud Storage' },
  ],
  pages: [
    { find: /that(?:’|'|&#39;)s an error/, weight: 2, evidence: "Google's error page ('That's an error.')" },
    { find: /<title>error \d{3} \([^)]*\)!!1<\/title>|error \d{3} \([^)]*\)!!1/, weight: 2, evidence: "Google's error page title ('Error 502 (Server Error)!!1')" },
  ],
  judge: judgeGoogle,
};

function judgeGoogle(ctx: Context): Verdict | undefined {
  const page = ctx.page;
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
  if (/that(?:’|'|&#39;)s an error/.test(page) && ctx.status >= 500) {
    return generated('origin', `Google Front End ${ctx.status} page: the backend behind Google failed or timed out`);
  }
  return undefined;
}
